import asyncio


async def provider(name, delay, answer):
    await asyncio.sleep(delay)
    return (name, answer)


async def main():
    tasks = {
        asyncio.create_task(provider("slowllm", 1.0, "42?")),
        asyncio.create_task(provider("fastllm", 0.01, "forty-two")),
        asyncio.create_task(provider("midllm", 0.4, "42")),
    }
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done count:", len(done), "pending count:", len(pending))
    winner = done.pop().result()
    print("winner:", winner)
    for t in pending:
        t.cancel()
    done2, pending2 = await asyncio.wait(pending)
    print("after cancel, pending:", len(pending2))
    print("all cancelled:", all(t.cancelled() for t in done2))


asyncio.run(main())
