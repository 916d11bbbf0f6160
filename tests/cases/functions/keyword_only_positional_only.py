def kw_only(a, *, b, c=3):
    return a + b + c
print(kw_only(1, b=2))
print(kw_only(1, b=2, c=10))
try:
    kw_only(1, 2)
except TypeError as e:
    print("positional for kw-only:", type(e).__name__, e)
try:
    kw_only(1)
except TypeError as e:
    print("missing kw-only:", type(e).__name__, e)
def pos_only(a, b, /, c):
    return (a, b, c)
print(pos_only(1, 2, 3))
print(pos_only(1, 2, c=3))
try:
    pos_only(1, b=2, c=3)
except TypeError as e:
    print("kw for pos-only:", type(e).__name__, e)
def mixed(a, /, b, *, c):
    return f"a={a} b={b} c={c}"
print(mixed(1, 2, c=3))
print(mixed(1, b=2, c=3))
def pos_only_kwargs(name, /, **kw):
    return name, kw
print("name in both:", pos_only_kwargs("x", name="y"))
try:
    mixed(1, 2, 3)
except TypeError as e:
    print("too many positional:", type(e).__name__, e)
