import asyncio


async def validate(record):
    await asyncio.sleep(record["delay"])
    if record["age"] < 0:
        raise ValueError("invalid age for record %d: %d" % (record["id"], record["age"]))
    print("validated record", record["id"])
    return record["id"]


async def main():
    records = [
        {"id": 1, "delay": 0.03, "age": 30},
        {"id": 2, "delay": 0.06, "age": 41},
        {"id": 3, "delay": 0.09, "age": -5},
        {"id": 4, "delay": 0.6, "age": 22},
    ]
    ids = await asyncio.gather(*(validate(r) for r in records))
    print("all valid:", ids)


asyncio.run(main())
