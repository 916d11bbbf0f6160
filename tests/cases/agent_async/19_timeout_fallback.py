import asyncio


async def primary_model(prompt, delay):
    await asyncio.sleep(delay)
    return "primary:" + prompt


async def fallback_model(prompt):
    await asyncio.sleep(0.001)
    return "fallback:" + prompt[:5]


async def answer(prompt, delay, limit):
    try:
        return await asyncio.wait_for(primary_model(prompt, delay), timeout=limit)
    except asyncio.TimeoutError:
        print("timeout for", repr(prompt), "-> using fallback")
        return await fallback_model(prompt)


async def main():
    jobs = [("hello world", 0.01, 0.3), ("summarize this", 2.0, 0.3), ("translate", 0.02, 0.4), ("long essay", 3.0, 0.5)]
    results = await asyncio.gather(*(answer(p, d, t) for p, d, t in jobs))
    for (p, _, _), r in zip(jobs, results):
        print("%-15s => %s" % (p, r))
    used_fallback = sum(1 for r in results if r.startswith("fallback"))
    print("fallbacks used:", used_fallback)


asyncio.run(main())
