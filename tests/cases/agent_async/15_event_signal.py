import asyncio


async def waiter(name, ev, log):
    print(name, "waiting for go signal")
    await ev.wait()
    log.append(name)
    print(name, "got signal")
    return name + ":ran"


async def coordinator(ev):
    await asyncio.sleep(0.02)
    print("coordinator: setting event, is_set =", ev.is_set())
    ev.set()
    print("coordinator: is_set =", ev.is_set())


async def main():
    ev = asyncio.Event()
    log = []
    waiters = [asyncio.create_task(waiter(n, ev, log)) for n in ("planner", "coder", "tester")]
    await asyncio.sleep(0)
    await coordinator(ev)
    results = await asyncio.gather(*waiters)
    print("results:", results)
    print("log:", log)
    ev.clear()
    print("cleared:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.02)
    except asyncio.TimeoutError:
        print("no signal after clear")


asyncio.run(main())
