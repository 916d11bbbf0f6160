"""Simulate concurrent API fetches with asyncio and aggregate JSON results."""
import asyncio
import json

FAKE_RESPONSES = {
    "/users/1": '{"id": 1, "name": "Ada", "roles": ["admin", "dev"]}',
    "/users/2": '{"id": 2, "name": "Bob", "roles": ["dev"]}',
    "/users/3": '{"id": 3, "name": "Cyd", "roles": []',
    "/users/4": None,
    "/users/5": '{"id": 5, "name": "Eve", "roles": ["ops", "dev"]}',
}


class NotFound(Exception):
    pass


async def fetch(path: str, delay_ticks: int) -> dict:
    for _ in range(delay_ticks):
        await asyncio.sleep(0)
    body = FAKE_RESPONSES.get(path)
    if body is None:
        raise NotFound(f"404 for {path}")
    return json.loads(body)


async def fetch_all(paths):
    tasks = [fetch(p, delay_ticks=len(paths) - i) for i, p in enumerate(paths)]
    return await asyncio.gather(*tasks, return_exceptions=True)


async def main():
    paths = sorted(FAKE_RESPONSES)
    results = await fetch_all(paths)
    ok, failed = [], []
    for path, res in zip(paths, results):
        if isinstance(res, Exception):
            failed.append(path)
            print(f"{path}: {type(res).__name__}: {res}")
        else:
            ok.append(res)
            print(f"{path}: {res['name']} roles={','.join(res['roles']) or '-'}")

    role_index = {}
    for user in ok:
        for role in user["roles"]:
            role_index.setdefault(role, []).append(user["name"])
    print(json.dumps(role_index, indent=2, sort_keys=True))
    print("failed:", failed)

    order = []

    async def worker(name, n):
        for i in range(n):
            order.append(f"{name}{i}")
            await asyncio.sleep(0)
        return name * n

    values = await asyncio.gather(worker("a", 3), worker("b", 2), worker("c", 1))
    print("interleaving:", order)
    print("values:", values)

    try:
        await asyncio.wait_for(fetch("/users/4", 1), timeout=5)
    except NotFound as e:
        print("wait_for raised:", e)
    return len(ok)


count = asyncio.run(main())
print("successful fetches:", count)
