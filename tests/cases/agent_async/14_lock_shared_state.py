import asyncio


class Memory:
    def __init__(self):
        self.lock = asyncio.Lock()
        self.facts = []
        self.version = 0

    async def add(self, agent, fact):
        async with self.lock:
            v = self.version
            await asyncio.sleep(0.001)
            self.version = v + 1
            self.facts.append((self.version, agent, fact))


async def agent(mem, name, facts):
    for f in facts:
        await mem.add(name, f)
    return name


async def unsafe_add(state, n):
    for _ in range(n):
        v = state["v"]
        await asyncio.sleep(0)
        state["v"] = v + 1


async def main():
    mem = Memory()
    names = await asyncio.gather(
        agent(mem, "alice", ["sky is blue", "water is wet"]),
        agent(mem, "bob", ["fire is hot"]),
        agent(mem, "carol", ["grass is green", "snow is cold", "ice floats"]),
    )
    print("agents:", names)
    print("version:", mem.version, "facts:", len(mem.facts))
    print("versions unique:", sorted(v for v, _, _ in mem.facts) == list(range(1, 7)))
    print("locked now:", mem.lock.locked())
    state = {"v": 0}
    await asyncio.gather(unsafe_add(state, 5), unsafe_add(state, 5))
    print("unsafe counter (lost updates):", state["v"])


asyncio.run(main())
