def describe(v):
    if v is None:
        return "nothing"
    elif isinstance(v, bool):
        return "bool " + str(v).lower()
    elif isinstance(v, int):
        return "int " + ("even" if v % 2 == 0 else "odd")
    elif isinstance(v, float):
        return f"float {v:.2f}"
    elif isinstance(v, str):
        return "empty string" if not v else f"string of {len(v)}"
    elif isinstance(v, (list, tuple)):
        return f"{type(v).__name__} with {len(v)} items"
    elif isinstance(v, dict):
        return "dict keys " + ",".join(sorted(v))
    return "unknown"
for v in [None, True, False, 0, 7, 3.14159, "", "hey", [1, 2], (1,), {"b": 1, "a": 2}, {1, 2}]:
    print(repr(v), "->", describe(v))
handlers = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "max": max,
}
for op, a, b in [("add", 2, 3), ("sub", 2, 3), ("max", 2, 3), ("pow", 2, 3)]:
    fn = handlers.get(op)
    print(op, a, b, "->", fn(a, b) if fn else "unsupported")
