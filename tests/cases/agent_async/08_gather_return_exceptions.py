import asyncio


async def tool_ok(x):
    await asyncio.sleep(0.01)
    return x + 1


async def tool_bad(x):
    await asyncio.sleep(0.02)
    raise ValueError("bad input %r" % (x,))


async def tool_key(x):
    await asyncio.sleep(0.005)
    return {"k": x}["missing"]


async def main():
    results = await asyncio.gather(
        tool_ok(1), tool_bad(2), tool_key(3), tool_ok(10), return_exceptions=True
    )
    for i, r in enumerate(results):
        if isinstance(r, Exception):
            print(i, "error", type(r).__name__, r)
        else:
            print(i, "value", r)
    ok = [r for r in results if not isinstance(r, BaseException)]
    print("ok count:", len(ok), "sum:", sum(ok))
    try:
        await asyncio.gather(tool_ok(1), tool_bad("z"))
    except ValueError as e:
        print("without return_exceptions:", e)


asyncio.run(main())
