import asyncio


class Crash(Exception):
    pass


crash_plan = {"indexer": 2, "mailer": 0, "scraper": 5}
journal = {}


async def service(name, attempt):
    await asyncio.sleep(0.002)
    if attempt < crash_plan[name]:
        raise Crash("%s crashed on attempt %d" % (name, attempt))
    return "%s healthy after %d restarts" % (name, attempt)


async def supervise(name, max_restarts):
    attempt = 0
    log = journal.setdefault(name, [])
    while True:
        try:
            return await service(name, attempt)
        except Crash as e:
            log.append("crash: " + str(e))
            if attempt >= max_restarts:
                log.append("giving up")
                raise
            attempt += 1
            log.append("restart #%d" % attempt)


async def main():
    names = ["indexer", "mailer", "scraper"]
    results = await asyncio.gather(*(supervise(n, 3) for n in names), return_exceptions=True)
    for n, r in zip(names, results):
        print("==", n)
        for entry in journal[n]:
            print("   ", entry)
        if isinstance(r, Crash):
            print("   FAILED:", r)
        else:
            print("  ", r)


asyncio.run(main())
