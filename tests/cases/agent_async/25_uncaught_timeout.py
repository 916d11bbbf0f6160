import asyncio


async def think(step):
    await asyncio.sleep(0.005)
    return "thought %d" % step


async def call_external_api():
    print("calling external api...")
    await asyncio.sleep(5)
    return {"status": 200}


async def main():
    for step in range(3):
        print(await think(step))
    response = await asyncio.wait_for(call_external_api(), timeout=0.03)
    print("response:", response)


asyncio.run(main())
