import asyncio


async def check_service(name, delay, healthy):
    await asyncio.sleep(delay)
    if not healthy:
        raise ConnectionRefusedError(name + " refused connection")
    return name


async def main():
    services = [("db", 0.11, True), ("cache", 0.01, False), ("api", 0.06, True), ("queue", 0.16, False)]
    up, down = [], []
    for fut in asyncio.as_completed([check_service(*s) for s in services]):
        try:
            name = await fut
            up.append(name)
            print("UP  ", name)
        except ConnectionError as e:
            down.append(str(e))
            print("DOWN", e)
    print("up:", up)
    print("down:", down)
    try:
        for fut in asyncio.as_completed([check_service("slow", 2.0, True), check_service("quick", 0.01, True)], timeout=0.3):
            print("as_completed got:", await fut)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    return {"up": len(up), "down": len(down)}


print(asyncio.run(main()))
