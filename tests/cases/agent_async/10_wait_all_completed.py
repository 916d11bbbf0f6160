import asyncio


async def crawl(url, delay):
    await asyncio.sleep(delay)
    if "bad" in url:
        raise ConnectionError("cannot reach " + url)
    return {"url": url, "size": len(url) * 100}


async def main():
    urls = [("a.com", 0.03), ("bad.org", 0.01), ("bb.net", 0.02), ("c.io", 0.015)]
    task_map = {}
    for u, d in urls:
        task_map[asyncio.create_task(crawl(u, d))] = u
    done, pending = await asyncio.wait(task_map.keys(), return_when=asyncio.ALL_COMPLETED)
    print("done:", len(done), "pending:", len(pending))
    rows = []
    for t in done:
        url = task_map[t]
        if t.exception() is not None:
            rows.append((url, "ERR", str(t.exception())))
        else:
            rows.append((url, "OK", t.result()["size"]))
    for row in sorted(rows):
        print(row)


asyncio.run(main())
