import asyncio

SENTINEL = None


async def fetcher(urls, out_q):
    for u in urls:
        await asyncio.sleep(0.002)
        await out_q.put({"url": u, "body": "<html>%s</html>" % u})
    await out_q.put(SENTINEL)


async def parser(in_q, out_q):
    while True:
        item = await in_q.get()
        if item is SENTINEL:
            await out_q.put(SENTINEL)
            break
        words = item["body"].replace("<html>", "").replace("</html>", "").split(".")
        await out_q.put({"url": item["url"], "parts": words})


async def indexer(in_q):
    index = {}
    while True:
        item = await in_q.get()
        if item is SENTINEL:
            break
        for p in item["parts"]:
            index.setdefault(p, []).append(item["url"])
    return index


async def main():
    q1 = asyncio.Queue(maxsize=2)
    q2 = asyncio.Queue(maxsize=2)
    urls = ["a.example.com", "b.example.org", "c.test.com"]
    _, _, index = await asyncio.gather(fetcher(urls, q1), parser(q1, q2), indexer(q2))
    for key in sorted(index):
        print(key, "->", index[key])


asyncio.run(main())
