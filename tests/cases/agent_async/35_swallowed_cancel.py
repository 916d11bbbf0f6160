import asyncio


async def stubborn_tool(checkpoint):
    partial = []
    try:
        for i in range(10):
            await asyncio.sleep(0.02)
            partial.append(i)
            if i == 1:
                checkpoint.set()
    except asyncio.CancelledError:
        print("stubborn: caught cancel, returning partial result")
        return {"partial": partial}
    return {"complete": partial}


async def polite_tool():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("polite: cleaning up and re-raising")
        raise


async def main():
    checkpoint = asyncio.Event()
    s = asyncio.create_task(stubborn_tool(checkpoint))
    p = asyncio.create_task(polite_tool())
    await checkpoint.wait()
    s.cancel()
    p.cancel()
    rs = await asyncio.gather(s, p, return_exceptions=True)
    print("stubborn result:", rs[0])
    print("polite result type:", type(rs[1]).__name__)
    print("stubborn cancelled():", s.cancelled(), "done():", s.done())
    print("polite cancelled():", p.cancelled(), "done():", p.done())


asyncio.run(main())
