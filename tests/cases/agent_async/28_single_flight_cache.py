import asyncio

backend_calls = []


async def slow_backend(key):
    backend_calls.append(key)
    await asyncio.sleep(0.02)
    return "value-of-" + key


class SingleFlight:
    def __init__(self):
        self.cache = {}
        self.inflight = {}

    async def get(self, key):
        if key in self.cache:
            return self.cache[key], "hit"
        if key in self.inflight:
            v = await self.inflight[key]
            return v, "shared"
        task = asyncio.create_task(slow_backend(key))
        self.inflight[key] = task
        try:
            v = await task
        finally:
            del self.inflight[key]
        self.cache[key] = v
        return v, "miss"


async def main():
    sf = SingleFlight()
    keys = ["x", "y", "x", "x", "y", "z"]
    first = await asyncio.gather(*(sf.get(k) for k in keys))
    for k, r in zip(keys, first):
        print(k, r)
    second = await asyncio.gather(sf.get("x"), sf.get("z"))
    print("second round:", second)
    print("backend calls:", backend_calls)


asyncio.run(main())
