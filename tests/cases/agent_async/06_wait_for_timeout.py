import asyncio


async def slow_tool(name, delay):
    print("tool", name, "started")
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print("tool", name, "was cancelled")
        raise
    print("tool", name, "finished")
    return {"tool": name, "delay": delay}


async def main():
    r = await asyncio.wait_for(slow_tool("fast", 0.01), timeout=1.0)
    print("got", r)
    try:
        await asyncio.wait_for(slow_tool("slow", 2.0), timeout=0.05)
    except asyncio.TimeoutError:
        print("timed out waiting for slow")
    try:
        await asyncio.wait_for(slow_tool("slow2", 2.0), timeout=0.05)
    except TimeoutError as e:
        print("builtin TimeoutError caught:", type(e).__name__)
    print("asyncio.TimeoutError is TimeoutError:", asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
