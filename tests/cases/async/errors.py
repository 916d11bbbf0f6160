import asyncio

async def main():
    try:
        await 5
    except TypeError as e:
        print(e)
    try:
        asyncio.run(main())
    except RuntimeError as e:
        print(e)
    async def inner():
        raise ValueError("deep failure")
    task = asyncio.create_task(inner())
    await asyncio.sleep(0)
    print(task.done(), repr(task.exception()))
    await inner()

try:
    asyncio.run(42)
except ValueError as e:
    print(e)
asyncio.run(main())
