import asyncio


async def fetch_weather(city):
    await asyncio.sleep(0.03)
    return {"city": city, "temp": len(city) * 3, "sky": "clear"}


async def search(query):
    await asyncio.sleep(0.01)
    return {"query": query, "hits": [query.upper(), query[::-1]]}


async def lookup_user(uid):
    await asyncio.sleep(0.02)
    return {"id": uid, "name": "user%d" % uid}


async def main():
    print("agent: planning 3 tool calls")
    results = await asyncio.gather(
        fetch_weather("Paris"),
        search("asyncio"),
        lookup_user(7),
    )
    for r in results:
        print("tool result:", r)
    summary = "%s is %d degrees; found %d hits for %s" % (
        results[0]["city"],
        results[0]["temp"],
        len(results[1]["hits"]),
        results[1]["query"],
    )
    print("summary:", summary)
    return summary


print("final:", asyncio.run(main()))
