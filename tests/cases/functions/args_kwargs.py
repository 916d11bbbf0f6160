def f(*args, **kwargs):
    print("  args:", args, "kwargs:", kwargs)
    return len(args) + len(kwargs)
print(f())
print(f(1, 2))
print(f(a=1))
print(f(1, "x", b=2, c=[3]))
def g(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(g(1, c=3))
print(g(1, 5, 6, 7, c=3, e=8))
print(g(a=0, c=0, b=1, z=9))
def summarize(title, *items, sep=", ", **meta):
    line = title + ": " + sep.join(str(i) for i in items)
    if meta:
        line += " (" + ", ".join(f"{k}={v}" for k, v in sorted(meta.items())) + ")"
    return line
print(summarize("nums", 1, 2, 3))
print(summarize("tags", "a", "b", sep="|", source="web", count=2))
print(summarize("empty"))
print("args is tuple:", type((lambda *a: a)(1)).__name__)
print("kwargs is dict:", type((lambda **k: k)(x=1)).__name__)
