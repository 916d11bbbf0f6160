import asyncio


class Transaction:
    def __init__(self, name):
        self.name = name
        self.ops = []

    async def __aenter__(self):
        await asyncio.sleep(0.001)
        print("begin", self.name)
        return self

    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0.001)
        if len(self.ops) > 2:
            print("commit failed for", self.name)
            raise KeyError("too_many_ops_" + self.name)
        print("commit", self.name, self.ops)
        return False

    async def write(self, key, value):
        await asyncio.sleep(0.001)
        self.ops.append((key, value))


async def main():
    async with Transaction("t1") as tx:
        await tx.write("a", 1)
        await tx.write("b", 2)
    async with Transaction("t2") as tx:
        for i in range(3):
            await tx.write("k%d" % i, i)
    print("not reached")


asyncio.run(main())
