def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return f"click at {x},{y}"
        case {"type": "key", "key": "enter"}:
            return "enter pressed"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": "scroll", **rest}:
            return f"scroll with {sorted(rest.items())}"
        case {"type": t}:
            return f"unknown event type {t}"
        case {}:
            return "untyped mapping"
        case _:
            return "not a mapping"


events = [
    {"type": "click", "x": 10, "y": 20, "button": "left"},
    {"type": "key", "key": "enter"},
    {"type": "key", "key": "q"},
    {"type": "scroll", "dy": -3, "dx": 0},
    {"type": "resize"},
    {"size": 3},
    {},
    [("type", "click")],
    "click",
]
for e in events:
    print(handle(e))

config = {"name": "svc", "port": 8080, "debug": True, "tags": ["a"]}
match config:
    case {"name": str(name), "port": int(port), **others}:
        print("name", name, "port", port)
        print("others", sorted(others))

match {"status": "ok", "data": {"items": [1, 2, 3]}}:
    case {"status": "ok", "data": {"items": [first, *more]}}:
        print("first item", first, "more", more)

match {1: "one", 2: "two"}:
    case {1: a, 3: c}:
        print("has 3?")
    case {1: a}:
        print("key 1 ->", a)
