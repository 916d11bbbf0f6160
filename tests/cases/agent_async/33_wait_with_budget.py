import asyncio


async def subagent(name, delay):
    await asyncio.sleep(delay)
    return {"agent": name, "answer": name[::-1]}


async def main():
    specs = [("alpha", 0.01), ("beta", 0.03), ("gamma", 1.0), ("delta", 2.0)]
    names = {}
    for n, d in specs:
        names[asyncio.create_task(subagent(n, d))] = n
    deadline = asyncio.create_task(asyncio.sleep(0.1))
    pending = set(names) | {deadline}
    finished = []
    while not deadline.done():
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for t in sorted(done, key=lambda t: names.get(t, "~")):
            if t is not deadline:
                finished.append(t.result()["agent"])
                print("finished within budget:", names[t])
    print("budget exhausted; still running:", sorted(names[t] for t in pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending, return_when=asyncio.ALL_COMPLETED)
    for t, n in names.items():
        state = "cancelled" if t.cancelled() else "done:" + t.result()["answer"]
        print(n, state)
    return len(finished)


print("completed count:", asyncio.run(main()))
