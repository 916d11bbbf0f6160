S = "x"
cases = [
    ("1 + 'a'", lambda: 1 + "a"),
    ("'a' + 1", lambda: "a" + 1),
    ("[] + ()", lambda: [] + ()),
    ("1 - 'x'", lambda: 1 - "x"),
    ("'a' * 'b'", lambda: "a" * "b"),
    ("None + 1", lambda: None + 1),
    ("-'s'", lambda: -"s"),
    ("1 < 'a'", lambda: 1 < "a"),
    ("len(5)", lambda: len(5)),
    ("int('x')", lambda: int("x")),
    ("int('')", lambda: int("")),
    ("float('abc')", lambda: float("abc")),
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("[1][3]", lambda: [1][3]),
    ("{}['k']", lambda: {}["k"]),
    ("'abc'.index('z')", lambda: "abc".index("z")),
    ("[1].remove(2)", lambda: [1].remove(2)),
    ("iter(5)", lambda: iter(5)),
    ("next(iter([]))", lambda: next(iter([]))),
    ("2.0 ** 10000", lambda: 2.0 ** 10000),
    ("s[1.5]", lambda: S[1.5]),
    ("{[]: 1}", lambda: {[]: 1}),
    ("chr(-1)", lambda: chr(-1)),
]
for label, fn in cases:
    try:
        fn()
        print(f"{label:20} -> no error")
    except Exception as e:
        print(f"{label:20} -> {type(e).__name__}: {e}")
