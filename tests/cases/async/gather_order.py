import asyncio

async def tool(name, delay, fail=False):
    print(f"call {name}")
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    print(f"done {name}")
    return {"tool": name, "delay": delay}

async def main():
    results = await asyncio.gather(tool("search", 0.03), tool("weather", 0.01), tool("calc", 0.02))
    print([r["tool"] for r in results])
    mixed = await asyncio.gather(tool("ok", 0.01), tool("bad", 0.02, fail=True), return_exceptions=True)
    for r in mixed:
        print(type(r).__name__, r)
    try:
        await asyncio.gather(tool("a", 0.05), tool("b", 0.01, fail=True))
    except RuntimeError as e:
        print("gather raised:", e)
    print(await asyncio.gather())
    return len(results)

print(asyncio.run(main()))
