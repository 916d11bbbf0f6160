import asyncio


class Connection:
    def __init__(self, messages):
        self.messages = list(messages)
        self.open = False
        self.received = 0

    async def __aenter__(self):
        await asyncio.sleep(0.001)
        self.open = True
        print("connected")
        return self

    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0.001)
        self.open = False
        print("disconnected after", self.received, "messages; error:", et.__name__ if et else None)
        return False

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.open:
            raise RuntimeError("connection closed")
        if not self.messages:
            raise StopAsyncIteration
        await asyncio.sleep(0.001)
        self.received += 1
        return self.messages.pop(0)


async def main():
    async with Connection(["hi", "status?", "bye"]) as conn:
        async for msg in conn:
            print("recv:", msg)
    async with Connection(["a", "STOP", "c", "d"]) as conn:
        async for msg in conn:
            if msg == "STOP":
                print("stop requested")
                break
            print("recv:", msg)
    try:
        async for m in conn:
            print("should not happen", m)
    except RuntimeError as e:
        print("error:", e)


asyncio.run(main())
