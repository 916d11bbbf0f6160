import asyncio


async def long_research(topic, progress):
    notes = []
    try:
        for i in range(100):
            await asyncio.sleep(0.02)
            notes.append("%s note %d" % (topic, i))
            print("research progress", i)
            await progress.put(i)
    except asyncio.CancelledError:
        print("research interrupted with", len(notes), "notes")
        raise
    return notes


async def main():
    progress = asyncio.Queue()
    task = asyncio.create_task(long_research("octopus", progress))
    while True:
        step = await progress.get()
        print("main saw progress", step)
        if step == 2:
            break
    print("cancelling; done?", task.done())
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main saw CancelledError")
    print("cancelled():", task.cancelled())
    print("done():", task.done())
    try:
        task.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")


asyncio.run(main())
