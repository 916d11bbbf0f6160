# Errors from str.format field parsing
cases = [
    ("{", ()),
    ("}", ()),
    ("{0", ()),
    ("{} {0}", ("a", "b")),
    ("{0} {}", ("a", "b")),
    ("{5}", ("a",)),
    ("{:d}", ("a",)),
    ("{!x}", ("a",)),
    ("{0[5]}", ([1],)),
    ("{a}", ()),
]
for fmt, args in cases:
    try:
        print(repr(fmt), "->", repr(fmt.format(*args)))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(repr(fmt), "->", type(e).__name__ + ":", e)
