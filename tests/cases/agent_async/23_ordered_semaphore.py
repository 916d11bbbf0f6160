import asyncio

timeline = []


async def download(sem, name, size):
    timeline.append("queue " + name)
    async with sem:
        timeline.append("begin " + name)
        await asyncio.sleep(size * 0.03)
        timeline.append("end " + name)
    return name, size


async def main():
    sem = asyncio.Semaphore(1)
    files = [("big.bin", 3), ("small.txt", 1), ("mid.csv", 2)]
    results = await asyncio.gather(*(download(sem, n, s) for n, s in files))
    for line in timeline:
        print(line)
    print("results:", results)
    sem3 = asyncio.Semaphore(3)
    timeline.clear()
    await asyncio.gather(*(download(sem3, n, s) for n, s in files))
    print("parallel ends:", [t for t in timeline if t.startswith("end")])


asyncio.run(main())
