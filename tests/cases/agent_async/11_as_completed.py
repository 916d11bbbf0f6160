import asyncio


async def query_source(name, delay, score):
    await asyncio.sleep(delay)
    return {"source": name, "score": score}


async def main():
    sources = [("wiki", 0.16, 0.7), ("news", 0.01, 0.4), ("forum", 0.11, 0.2), ("docs", 0.06, 0.9)]
    coros = [query_source(n, d, s) for n, d, s in sources]
    best = None
    order = []
    for fut in asyncio.as_completed(coros):
        res = await fut
        order.append(res["source"])
        print("arrived:", res["source"], "score", res["score"])
        if best is None or res["score"] > best["score"]:
            best = res
            print("  new best ->", best["source"])
    print("arrival order:", order)
    print("best source:", best["source"])


asyncio.run(main())
