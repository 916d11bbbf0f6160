import asyncio


class ToolSession:
    opened = 0

    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
        self.calls = []

    async def __aenter__(self):
        await asyncio.sleep(0.001)
        ToolSession.opened += 1
        print("open session", self.name, "(open:", ToolSession.opened, ")")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.001)
        ToolSession.opened -= 1
        status = "ok" if exc_type is None else exc_type.__name__
        print("close session", self.name, "status:", status, "calls:", self.calls)
        return self.suppress

    async def run(self, cmd):
        await asyncio.sleep(0.002)
        self.calls.append(cmd)
        if cmd == "explode":
            raise RuntimeError("tool exploded")
        return cmd.upper()


async def main():
    async with ToolSession("s1") as s:
        print(await s.run("ls"))
        print(await s.run("pwd"))
    async with ToolSession("s2", suppress=True) as s:
        await s.run("echo")
        await s.run("explode")
        print("never printed")
    print("after suppressed error")
    try:
        async with ToolSession("s3") as s:
            await s.run("explode")
    except RuntimeError as e:
        print("propagated:", e)
    print("open sessions at end:", ToolSession.opened)


asyncio.run(main())
