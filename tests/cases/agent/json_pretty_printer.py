def to_json(value, indent=0, step=2):
    pad = " " * indent
    inner = " " * (indent + step)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return '"' + escaped + '"'
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        parts = [inner + to_json(v, indent + step, step) for v in value]
        return "[\n" + ",\n".join(parts) + "\n" + pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        parts = []
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            parts.append(f"{inner}{to_json(k)}: {to_json(v, indent + step, step)}")
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not serializable")

doc = {
    "user": "ann",
    "active": True,
    "score": 9.5,
    "tags": ["a", "b"],
    "meta": {"note": 'say "hi"\nbye', "parent": None, "empty": {}, "list": []},
    "pairs": [(1, 2), [3, [4, {"deep": False}]]],
}
print(to_json(doc))
print(to_json([1, 2, 3], step=4))
print(to_json("plain"))
for bad in [{1: "int key"}, {"s": {1, 2}}]:
    try:
        to_json(bad)
    except TypeError as e:
        print("error:", e)

def compact(value):
    if isinstance(value, dict):
        return "{" + ",".join(f'"{k}":{compact(v)}' for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(compact(v) for v in value) + "]"
    return to_json(value)
print(compact({"a": [1, {"b": None}], "c": "d"}))
