# Errors raised by % formatting
cases = [
    ("%d", "x"),
    ("%d %d", (1,)),
    ("%d", (1, 2)),
    ("%(k)s", 5),
    ("%c", 1.5),
    ("%c", "ab"),
    ("%z", 1),
    ("%(missing)s", {"k": 1}),
    ("%x", 1.5),
    ("%f", "1.5"),
]
for fmt, arg in cases:
    try:
        print(repr(fmt % arg))
    except (TypeError, ValueError, KeyError) as e:
        print(repr(fmt), "->", type(e).__name__ + ":", e)
