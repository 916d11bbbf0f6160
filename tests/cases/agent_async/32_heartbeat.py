import asyncio


async def heartbeat(interval, ticks):
    n = 0
    try:
        while True:
            await asyncio.sleep(interval)
            n += 1
            await ticks.put(n)
    except asyncio.CancelledError:
        print("heartbeat task cancelled")
        raise


async def do_work(ticks):
    steps = ["load", "analyze", "write"]
    seen = []
    for s in steps:
        beat = await ticks.get()
        seen.append(beat)
        print("beat", beat, "-> work step:", s)
        await asyncio.sleep(0.001)
    return len(steps), seen


async def main():
    ticks = asyncio.Queue(maxsize=1)
    hb = asyncio.create_task(heartbeat(0.02, ticks))
    done_steps, seen = await do_work(ticks)
    hb.cancel()
    try:
        await hb
    except asyncio.CancelledError:
        pass
    print("steps:", done_steps, "beats used:", seen)
    print("hb cancelled:", hb.cancelled(), "done:", hb.done())


asyncio.run(main())
