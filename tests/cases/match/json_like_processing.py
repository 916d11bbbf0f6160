messages = [
    {"op": "create", "path": "/users", "body": {"name": "ann", "age": 31}},
    {"op": "create", "path": "/users", "body": {"name": "bob"}},
    {"op": "update", "path": "/users/1", "body": {"age": 32}},
    {"op": "delete", "path": "/users/2"},
    {"op": "delete"},
    {"op": "batch", "items": [{"op": "delete", "path": "/users/9"}, {"op": "noop"}]},
    {"op": "create", "path": "/users", "body": "oops"},
    ["not", "a", "dict"],
]


def process(msg, depth=0):
    pad = "  " * depth
    match msg:
        case {"op": "create", "path": path, "body": {"name": str(name), **extra}}:
            print(f"{pad}create {name} at {path}, extra={sorted(extra.items())}")
        case {"op": "update", "path": path, "body": dict(changes)}:
            print(f"{pad}update {path} with {changes}")
        case {"op": "delete", "path": str(path)}:
            user_id = path.rsplit("/", 1)[-1]
            print(f"{pad}delete user {user_id}")
        case {"op": "batch", "items": [*items]}:
            print(f"{pad}batch of {len(items)}")
            for item in items:
                process(item, depth + 1)
        case {"op": op}:
            print(f"{pad}invalid {op} message: keys {sorted(msg)}")
        case _:
            print(f"{pad}rejected {type(msg).__name__}")


for m in messages:
    process(m)
