import asyncio


async def leaf(path, delay):
    await asyncio.sleep(delay)
    return path


async def subplanner(name, n):
    print("subplanner", name, "spawning", n, "leaves")
    tasks = [asyncio.create_task(leaf("%s.%d" % (name, i), 0.03 * (n - i))) for i in range(n)]
    results = await asyncio.gather(*tasks)
    print("subplanner", name, "collected", results)
    return {"name": name, "leaves": results}


async def planner():
    subs = [asyncio.create_task(subplanner(x, k)) for x, k in (("research", 3), ("write", 2), ("review", 1))]
    plans = []
    for t in subs:
        plans.append(await t)
    return plans


async def main():
    plans = await planner()
    total = sum(len(p["leaves"]) for p in plans)
    print("total leaves:", total)
    for p in plans:
        print(p["name"], "->", ", ".join(p["leaves"]))


asyncio.run(main())
