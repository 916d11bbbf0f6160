import asyncio
from dataclasses import dataclass


@dataclass
class Job:
    id: int
    text: str


async def producer(q, texts):
    for i, t in enumerate(texts):
        await asyncio.sleep(0.005)
        await q.put(Job(i, t))
        print("produced", i)
    print("producer done")


async def consumer(name, q, out):
    while True:
        job = await q.get()
        try:
            await asyncio.sleep(0.001)
            out.append((job.id, job.text.title(), name))
        finally:
            q.task_done()


async def main():
    q = asyncio.Queue()
    out = []
    texts = ["alpha beta", "gamma", "delta epsilon", "zeta", "eta theta"]
    c = asyncio.create_task(consumer("c1", q, out))
    await producer(q, texts)
    await q.join()
    print("queue drained, size:", q.qsize())
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("consumer cancelled:", c.cancelled())
    for item in sorted(out):
        print(item)


asyncio.run(main())
