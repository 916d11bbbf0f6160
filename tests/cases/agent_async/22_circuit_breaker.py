import asyncio


class CircuitOpen(Exception):
    pass


class Breaker:
    def __init__(self, threshold):
        self.threshold = threshold
        self.failures = 0
        self.state = "closed"

    async def call(self, fn, *args):
        if self.state == "open":
            raise CircuitOpen("circuit is open")
        try:
            result = await fn(*args)
        except Exception:
            self.failures += 1
            if self.failures >= self.threshold:
                self.state = "open"
            raise
        self.failures = 0
        return result


async def unreliable(n):
    await asyncio.sleep(0.001)
    if n in (2, 3, 4, 5):
        raise IOError("backend down for request %d" % n)
    return "response-%d" % n


async def main():
    br = Breaker(threshold=3)
    for n in range(8):
        try:
            r = await br.call(unreliable, n)
            print(n, "ok", r, "| state:", br.state)
        except CircuitOpen as e:
            print(n, "rejected:", e)
        except OSError as e:
            print(n, "failed:", e, "| failures:", br.failures, "state:", br.state)
    br.state = "closed"
    br.failures = 0
    print("reset ->", await br.call(unreliable, 9))


asyncio.run(main())
