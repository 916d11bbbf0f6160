import asyncio

class Connection:
    def __init__(self, name):
        self.name = name
        self.open = False

    async def __aenter__(self):
        await asyncio.sleep(0)
        self.open = True
        print("open", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.open = False
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError

class Pages:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0.001)
        return f"page{self.i}"

async def main():
    async with Connection("db") as c:
        print("inside", c.open)
    async with Connection("suppress"):
        raise KeyError("hidden")
    try:
        async with Connection("a") as a, Connection("b") as b:
            raise ValueError("boom")
    except ValueError as e:
        print("propagated", e)
    pages = []
    async for p in Pages(3):
        pages.append(p)
    print(pages)
    async for p in Pages(5):
        if p == "page2":
            continue
        if p == "page4":
            break
        print("got", p)
    else:
        print("not reached")
    async for p in Pages(0):
        print("never")
    else:
        print("empty loop else")

asyncio.run(main())
