def dumps(obj, indent=2, level=0, sort_keys=False):
    pad = " " * (indent * (level + 1))
    end_pad = " " * (indent * level)
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        escaped = obj.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
        return '"' + escaped + '"'
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        items = [pad + dumps(x, indent, level + 1, sort_keys) for x in obj]
        return "[\n" + ",\n".join(items) + "\n" + end_pad + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        keys = sorted(obj) if sort_keys else list(obj)
        items = [f"{pad}{dumps(str(k))}: {dumps(obj[k], indent, level + 1, sort_keys)}" for k in keys]
        return "{\n" + ",\n".join(items) + "\n" + end_pad + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")

doc = {
    "name": "monty",
    "version": [0, 1, 2],
    "stable": False,
    "ratio": 0.25,
    "meta": {"authors": ["a", "b"], "empty": {}, "none": None, "quote": 'say "hi"\n\tok'},
    "tags": [],
    "nested": [[1, [2, [3]]], {"k": True}],
}
print(dumps(doc))
print(dumps(doc["meta"], indent=4, sort_keys=True))
print(dumps([1, "two", None, 3.5, -0.0, 10 ** 20]))
try:
    dumps({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)

def compact(obj):
    return dumps(obj, indent=0).replace("\n", "")
print(compact({"a": [1, 2], "b": {"c": None}}))
print(len(dumps(doc).splitlines()), "lines")
