def counter(items):
    c = {}
    for it in items:
        c[it] = c.get(it, 0) + 1
    return c
def most_common(c, n=None):
    ranked = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))
    return ranked if n is None else ranked[:n]
def add(c1, c2):
    out = dict(c1)
    for k, v in c2.items():
        out[k] = out.get(k, 0) + v
    return out
def subtract(c1, c2):
    out = {}
    for k, v in c1.items():
        left = v - c2.get(k, 0)
        if left > 0:
            out[k] = left
    return out
a = counter("abracadabra")
b = counter("alakazam")
print("a:", a)
print("b:", b)
print("a top 2:", most_common(a, 2))
print("b all:", most_common(b))
print("a + b:", add(a, b))
print("a - b:", subtract(a, b))
print("b - a:", subtract(b, a))
print("total a:", sum(a.values()))
print("elements a:", "".join(k * v for k, v in sorted(a.items())))
print("common keys:", sorted(a.keys() & b.keys()))
print("min counts:", {k: min(a[k], b[k]) for k in sorted(a.keys() & b.keys())})
