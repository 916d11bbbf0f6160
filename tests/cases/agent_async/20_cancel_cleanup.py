import asyncio

cleanup_log = []


async def inner(depth):
    try:
        if depth == 0:
            await asyncio.sleep(10)
        else:
            await inner(depth - 1)
    finally:
        cleanup_log.append("inner%d" % depth)


async def resource_user(name):
    print(name, "acquiring resource")
    try:
        await inner(2)
    except asyncio.CancelledError:
        print(name, "got CancelledError, re-raising")
        raise
    finally:
        print(name, "releasing resource")
        cleanup_log.append("release " + name)


async def main():
    t = asyncio.create_task(resource_user("agent1"))
    await asyncio.sleep(0.01)
    print("cancel returned:", t.cancel())
    results = await asyncio.gather(t, return_exceptions=True)
    print("gather result type:", type(results[0]).__name__)
    print("cleanup order:", cleanup_log)
    print("cancel again returns:", t.cancel())


asyncio.run(main())
