import asyncio
from collections import Counter


async def worker(wid, q, results, stats):
    while True:
        item = await q.get()
        try:
            await asyncio.sleep(0.001 * (item % 4))
            if item % 7 == 0:
                raise ValueError("cannot process %d" % item)
            results[item] = item * 10
            stats["ok"] += 1
        except ValueError as e:
            results[item] = "error: " + str(e)
            stats["err"] += 1
        finally:
            q.task_done()


async def main():
    q = asyncio.Queue()
    for i in range(1, 16):
        q.put_nowait(i)
    print("queued:", q.qsize())
    results = {}
    stats = Counter()
    workers = [asyncio.create_task(worker(w, q, results, stats)) for w in range(3)]
    await q.join()
    for w in workers:
        w.cancel()
    outcomes = await asyncio.gather(*workers, return_exceptions=True)
    print("workers cancelled:", [type(o).__name__ for o in outcomes])
    for k in sorted(results):
        print(k, results[k])
    print("stats:", dict(sorted(stats.items())))
    print("queue empty:", q.empty())


asyncio.run(main())
