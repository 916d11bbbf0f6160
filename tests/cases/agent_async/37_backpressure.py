import asyncio

events = []


async def producer(q, n):
    for i in range(n):
        events.append("put-wait %d (size %d)" % (i, q.qsize()))
        await q.put(i)
        events.append("put-done %d" % i)
    await q.put(None)


async def consumer(q):
    got = []
    while True:
        await asyncio.sleep(0.01)
        item = await q.get()
        events.append("got %s" % item)
        if item is None:
            return got
        got.append(item)


async def main():
    q = asyncio.Queue(maxsize=2)
    c = asyncio.create_task(consumer(q))
    await producer(q, 5)
    got = await c
    for e in events:
        print(e)
    print("consumed:", got, "maxsize:", q.maxsize, "full:", q.full())
    q2 = asyncio.Queue(maxsize=1)
    q2.put_nowait("x")
    try:
        q2.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull raised")
    q2.get_nowait()
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")


asyncio.run(main())
