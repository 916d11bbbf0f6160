def flatten_list(items):
    out = []
    for x in items:
        if isinstance(x, (list, tuple)):
            out.extend(flatten_list(x))
        else:
            out.append(x)
    return out

def flatten_iterative(items):
    stack = [iter(items)]
    out = []
    while stack:
        for x in stack[-1]:
            if isinstance(x, list):
                stack.append(iter(x))
                break
            out.append(x)
        else:
            stack.pop()
    return out

def flatten_dict(d, parent="", sep="."):
    flat = {}
    for k, v in d.items():
        key = parent + sep + k if parent else k
        if isinstance(v, dict) and v:
            flat.update(flatten_dict(v, key, sep))
        else:
            flat[key] = v
    return flat

def unflatten(flat, sep="."):
    root = {}
    for key, v in flat.items():
        node = root
        parts = key.split(sep)
        for p in parts[:-1]:
            node = node.setdefault(p, {})
        node[parts[-1]] = v
    return root

nested = [1, [2, 3, [4, [5, 6]], 7], (8, 9), [], [[[]]], [10]]
print(flatten_list(nested))
print(flatten_iterative([1, [2, [3, [4, []]]], 5]))
print(flatten_list([]) == [], flatten_iterative([[[]]]))

d = {"a": 1, "b": {"c": 2, "d": {"e": 3, "f": [1, 2]}}, "g": {}, "h": {"i": None}}
flat = flatten_dict(d)
for k, v in flat.items():
    print(f"{k:8} {v!r}")
print(flatten_dict(d, sep="/"))
back = unflatten(flat)
print(back)
print("round trip equal:", back == d)
matrix = [[1, 2, 3], [4, 5, 6]]
print([x for row in matrix for x in row])
print(sum(matrix, []))
pairs = [(k, v) for k, vs in {"x": [1, 2], "y": [3]}.items() for v in vs]
print(pairs)
