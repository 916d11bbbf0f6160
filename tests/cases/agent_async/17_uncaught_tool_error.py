import asyncio


class ToolNotFound(Exception):
    pass


TOOLS = {}


def tool(fn):
    TOOLS[fn.__name__] = fn
    return fn


@tool
async def add(a, b):
    await asyncio.sleep(0.001)
    return a + b


@tool
async def mul(a, b):
    await asyncio.sleep(0.001)
    return a * b


async def dispatch(name, *args):
    if name not in TOOLS:
        raise ToolNotFound("no tool named %r" % name)
    return await TOOLS[name](*args)


async def main():
    plan = [("add", 2, 3), ("mul", 4, 5), ("pow", 2, 10), ("add", 1, 1)]
    for step in plan:
        result = await dispatch(*step)
        print("step", step, "=>", result)
    print("unreachable")


asyncio.run(main())
