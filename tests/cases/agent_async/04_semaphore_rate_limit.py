import asyncio

active = 0
peak = 0
starts = []


async def call_tool(sem, i):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        starts.append(i)
        await asyncio.sleep(0.01 * (1 + i % 3))
        active -= 1
        return i * i


async def main():
    sem = asyncio.Semaphore(2)
    tasks = [asyncio.create_task(call_tool(sem, i)) for i in range(6)]
    await asyncio.sleep(0)
    print("after first tick: started", starts, "locked:", sem.locked())
    results = await asyncio.gather(*tasks)
    print("results:", results)
    print("start order:", starts)
    print("peak concurrency:", peak)
    print("active at end:", active)
    print("sem locked after:", sem.locked())


asyncio.run(main())
