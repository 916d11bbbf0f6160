import asyncio

log = []


async def worker(name, delay, steps, wait_for=None, signal=None):
    if wait_for is not None:
        await wait_for.wait()
        print("worker", name, "released")
    for i in range(steps):
        await asyncio.sleep(delay)
        log.append("%s-%d" % (name, i))
        print("worker", name, "step", i)
    if signal is not None:
        signal.set()
    return name * steps


async def main():
    gate = asyncio.Event()
    t1 = asyncio.create_task(worker("a", 0.01, 3, signal=gate))
    t2 = asyncio.create_task(worker("b", 0.02, 2, wait_for=gate))
    print("tasks created, done?", t1.done(), t2.done())
    r1 = await t1
    print("t1 finished:", r1, "t2 done?", t2.done())
    r2 = await t2
    print("t2 finished:", r2)
    print("log:", log)
    print("t1.result() ->", t1.result())
    print("both done:", t1.done() and t2.done())


asyncio.run(main())
