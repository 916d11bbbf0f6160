import asyncio

log = []


async def worker(name, delay, steps):
    for i in range(steps):
        await asyncio.sleep(delay)
        log.append("%s-%d" % (name, i))
        print("worker", name, "step", i)
    return name * steps


async def main():
    t1 = asyncio.create_task(worker("a", 0.01, 3))
    t2 = asyncio.create_task(worker("b", 0.3, 2))
    print("tasks created, done?", t1.done(), t2.done())
    r1 = await t1
    print("t1 finished:", r1, "t2 done?", t2.done())
    r2 = await t2
    print("t2 finished:", r2)
    print("log:", log)
    print("t1.result() ->", t1.result())
    print("both done:", t1.done() and t2.done())


asyncio.run(main())
