import asyncio

DATA = ["doc%02d" % i for i in range(11)]


class Paginator:
    def __init__(self, page_size):
        self.page_size = page_size
        self.offset = 0
        self.requests = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.offset >= len(DATA):
            raise StopAsyncIteration
        await asyncio.sleep(0.002)
        self.requests += 1
        page = DATA[self.offset:self.offset + self.page_size]
        self.offset += self.page_size
        return page


async def main():
    pager = Paginator(4)
    total = 0
    async for page in pager:
        total += len(page)
        print("page", pager.requests, page)
    print("total docs:", total, "requests:", pager.requests)
    pager2 = Paginator(5)
    first = await pager2.__anext__()
    print("manual first page:", first)
    rest = []
    async for page in pager2:
        rest.extend(page)
    print("rest:", rest)
    try:
        await pager2.__anext__()
    except StopAsyncIteration:
        print("exhausted")


asyncio.run(main())
