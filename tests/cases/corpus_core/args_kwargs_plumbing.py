def describe(*args, **kwargs):
    parts = [repr(a) for a in args]
    parts += [f"{k}={v!r}" for k, v in kwargs.items()]
    return f"describe({', '.join(parts)}) -> {len(args)} positional, {len(kwargs)} keyword"

print(describe())
print(describe(1, "two", [3]))
print(describe(a=1, b=None))
print(describe(*range(3), **{"x": "y", "z": 0}))

def forward(fn, *args, **kwargs):
    print(f"forwarding to {fn.__name__} with {args} {kwargs}")
    return fn(*args, **kwargs)

def power(base, exp=2, *, mod=None):
    r = base ** exp
    return r % mod if mod else r

print(forward(power, 3))
print(forward(power, 3, 4))
print(forward(power, 3, exp=5, mod=7))
print(forward(max, 4, -9, 2, key=abs))

def merge_options(defaults, *overrides, **extra):
    result = dict(defaults)
    for o in overrides:
        result.update(o)
    result.update(extra)
    return result
print(merge_options({"a": 1, "b": 2}, {"b": 3}, {"c": 4}, d=5, a=0))

def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3), head_tail(*"xyz"))
first, *middle, last = [10, 20, 30, 40, 50]
print(first, middle, last)
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
point = {"x": 3, "y": 4}
def dist(x, y, z=0):
    return (x * x + y * y + z * z) ** 0.5
print(dist(**point), dist(**point, z=12), dist(*[1, 2], **{"z": 2}))
print([*range(3), *"ab", *[None]], {**point, "z": 0}, (*point,))
try:
    dist(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    dist(1, x=2)
except TypeError as e:
    print("TypeError:", e)
try:
    dist(y=1)
except TypeError as e:
    print("TypeError:", e)
