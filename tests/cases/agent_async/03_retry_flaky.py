import asyncio


class ToolError(Exception):
    pass


class FlakyAPI:
    def __init__(self, fail_times):
        self.calls = 0
        self.fail_times = fail_times

    async def call(self, payload):
        self.calls += 1
        await asyncio.sleep(0.005)
        if self.calls <= self.fail_times:
            raise ToolError("transient failure #%d" % self.calls)
        return {"ok": True, "echo": payload, "attempt": self.calls}


async def with_retry(fn, arg, attempts=5):
    last = None
    for attempt in range(1, attempts + 1):
        try:
            result = await fn(arg)
            print("attempt", attempt, "succeeded")
            return result
        except ToolError as e:
            last = e
            print("attempt", attempt, "failed:", e)
            await asyncio.sleep(0.001 * attempt)
    raise ToolError("gave up after %d attempts: %s" % (attempts, last))


async def main():
    api = FlakyAPI(fail_times=3)
    res = await with_retry(api.call, "hello")
    print("result:", res)
    api2 = FlakyAPI(fail_times=10)
    try:
        await with_retry(api2.call, "world", attempts=3)
    except ToolError as e:
        print("caught:", e)
    print("total calls:", api.calls, api2.calls)


asyncio.run(main())
