def two(a, b):
    return a + b
def kw(a, *, b):
    return a + b
def dflt(a, b=1):
    return a + b
def one(x):
    return x
def zero():
    return 0
attempts = [
    ("too many", lambda: two(1, 2, 3)),
    ("too few", lambda: two(1)),
    ("none given", lambda: two()),
    ("unexpected kw", lambda: two(1, 2, c=3)),
    ("multiple values", lambda: two(1, a=2)),
    ("kw-only as pos", lambda: kw(1, 2)),
    ("missing kw-only", lambda: kw(1)),
    ("default too many", lambda: dflt(1, 2, 3)),
    ("one too many", lambda: one(1, 2)),
    ("zero given arg", lambda: zero(1)),
]
for label, fn in attempts:
    try:
        fn()
        print(label, "-> no error")
    except TypeError as e:
        print(label, "->", type(e).__name__ + ":", e)
try:
    len(1, 2)
except TypeError as e:
    print("builtin len(1, 2):", e)
try:
    n = 5
    n()
except TypeError as e:
    print("call int:", e)
try:
    s = "abc"
    s(1)
except TypeError as e:
    print("call str:", e)
