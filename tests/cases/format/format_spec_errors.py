# ValueError / TypeError for bad format specs
cases = [
    (42, "z"),
    (3.5, "d"),
    ("text", "d"),
    ("text", "+"),
    (42, ".2s"),
    (42, ",b"),
    ("s", ","),
    (42, "c") ,
    (3.5, "x"),
    (None, "d"),
    ([1], ">5"),
    (42, "=^5"),
    (-1, "c"),
    (1.5, "=s"),
]
for v, spec in cases:
    try:
        print(repr(v), repr(spec), "->", repr(format(v, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(v), repr(spec), "->", type(e).__name__ + ":", e)
