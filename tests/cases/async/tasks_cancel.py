import asyncio

async def slow(label):
    try:
        await asyncio.sleep(10)
        return label
    except asyncio.CancelledError:
        print(f"{label} cancelled")
        raise

async def quick(n):
    await asyncio.sleep(0)
    return n * 2

async def main():
    t = asyncio.create_task(slow("background"))
    q = asyncio.create_task(quick(21), name="quick-task")
    print(q.get_name(), await q, q.done(), q.result())
    await asyncio.sleep(0.01)
    print(t.done(), t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting cancelled task raised CancelledError", t.cancelled())
    try:
        print(await asyncio.wait_for(slow("timed"), timeout=0.5))
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(quick(5), timeout=1))
    done, pending = await asyncio.wait([asyncio.create_task(quick(1)), asyncio.create_task(slow("w"))], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [d.result() for d in done])
    for p in pending:
        p.cancel()
    await asyncio.sleep(0)

asyncio.run(main())
