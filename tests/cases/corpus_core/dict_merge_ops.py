defaults = {"color": "blue", "size": "M", "qty": 1, "opts": {"gift": False, "note": ""}}
user = {"size": "L", "qty": 3, "opts": {"gift": True}}

shallow = {**defaults, **user}
print("shallow:", shallow)
merged = defaults | user
print("pipe equal:", merged == shallow)

def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out

deep = deep_merge(defaults, user)
print("deep:", deep)
print("defaults untouched:", defaults["opts"])

d = {"a": 1}
d |= {"b": 2, "a": 10}
print(d)
d.update(c=3)
d.update([("d", 4), ("e", 5)])
print(d, len(d))
print(d.pop("e"), d.pop("zzz", "none"), d.setdefault("a", 99), d.setdefault("f", 6))
print(list(d.keys()), list(d.values()))
k, v = d.popitem()
print("popped", k, v, d)

inverted = {}
for key, val in {"x": 1, "y": 2, "z": 1}.items():
    inverted.setdefault(val, []).append(key)
print("inverted:", inverted)
counts_a = {"apple": 3, "pear": 1}
counts_b = {"apple": 2, "plum": 5}
combined = {k: counts_a.get(k, 0) + counts_b.get(k, 0) for k in sorted(set(counts_a) | set(counts_b))}
print("combined:", combined)
common = sorted(set(counts_a) & set(counts_b))
only_a = sorted(set(counts_a) - set(counts_b))
print("common:", common, "only a:", only_a, "sym:", sorted(set(counts_a) ^ set(counts_b)))
print(dict(zip("abc", range(3))), dict.fromkeys("xy", 0), {i: i * i for i in range(5) if i % 2})
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, "a" in d, 1 in d, sorted(d.items()))
