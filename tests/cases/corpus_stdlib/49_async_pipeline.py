"""A producer/consumer pipeline with asyncio.Queue and bounded workers."""
import asyncio
import hashlib
from collections import deque, defaultdict
from typing import Dict, List

DOCUMENTS = [f"document number {i} " + "lorem " * (i % 4) for i in range(12)]


async def producer(queue: asyncio.Queue, docs: List[str], n_workers: int) -> None:
    for i, doc in enumerate(docs):
        await queue.put((i, doc))
    for _ in range(n_workers):
        await queue.put(None)


async def worker(name: str, queue: asyncio.Queue, results: Dict[int, str], trace: deque) -> int:
    handled = 0
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            return handled
        idx, doc = item
        for _ in range(len(doc) % 3):
            await asyncio.sleep(0)
        results[idx] = hashlib.sha256(doc.encode()).hexdigest()[:10]
        trace.append(f"{name}:{idx}")
        handled += 1
        queue.task_done()


async def run_pipeline(n_workers: int) -> None:
    queue: asyncio.Queue = asyncio.Queue(maxsize=3)
    results: Dict[int, str] = {}
    trace: deque = deque(maxlen=6)
    workers = [asyncio.create_task(worker(f"w{i}", queue, results, trace)) for i in range(n_workers)]
    await producer(queue, DOCUMENTS, n_workers)
    counts = await asyncio.gather(*workers)
    await queue.join()
    print(f"workers={n_workers} handled={counts} total={sum(counts)}")
    print("  last trace:", list(trace))
    print("  hashes 0..2:", [results[i] for i in range(3)])


async def with_timeout() -> None:
    async def slow():
        await asyncio.sleep(10)
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out as expected")


async def failing_batch() -> None:
    async def job(n: int) -> int:
        await asyncio.sleep(0)
        if n == 3:
            raise ValueError(f"job {n} failed")
        return n * n
    results = await asyncio.gather(*(job(n) for n in range(5)), return_exceptions=True)
    summary = defaultdict(list)
    for n, r in enumerate(results):
        summary[type(r).__name__].append(n)
    print("batch results:", [r if isinstance(r, int) else f"{type(r).__name__}({r})" for r in results])
    print("by type:", dict(summary))


async def main() -> None:
    for n in (1, 3):
        await run_pipeline(n)
    await with_timeout()
    await failing_batch()


asyncio.run(main())
print("done")
