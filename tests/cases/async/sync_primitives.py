import asyncio

async def main():
    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]

    async def job(i):
        async with sem:
            active.append(i)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.01 * (i % 3 + 1))
            active.remove(i)
            return i

    print(await asyncio.gather(*(job(i) for i in range(6))), "peak", peak[0])

    lock = asyncio.Lock()
    log = []

    async def critical(n):
        async with lock:
            log.append(f"enter {n}")
            await asyncio.sleep(0.001)
            log.append(f"exit {n}")

    await asyncio.gather(critical(1), critical(2))
    print(log, lock.locked())

    ev = asyncio.Event()

    async def waiter(name):
        await ev.wait()
        print(name, "woke")

    tasks = [asyncio.create_task(waiter(n)) for n in "xyz"]
    await asyncio.sleep(0.01)
    print("set", ev.is_set())
    ev.set()
    await asyncio.gather(*tasks)

    q = asyncio.Queue()

    async def producer():
        for i in range(4):
            await q.put(i)
            await asyncio.sleep(0.001)
        await q.put(None)

    async def consumer():
        total = 0
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                return total
            total += item

    _, total = await asyncio.gather(producer(), consumer())
    await q.join()
    print("total", total, q.empty())
    for coro in asyncio.as_completed([asyncio.sleep(0.02, "late"), asyncio.sleep(0.01, "early")]):
        print(await coro)

asyncio.run(main())
