# TypeError messages for wrong argument counts and kinds
nothing = None
five = 5
calls = [
    ("len()", lambda: len()),
    ("len(1, 2)", lambda: len([], [])),
    ("abs()", lambda: abs()),
    ("sorted(1)", lambda: sorted(1)),
    ("sum([1], 2, 3)", lambda: sum([1], 2, 3)),
    ("chr(1.5)", lambda: chr(1.5)),
    ("range()", lambda: range()),
    ("range('a')", lambda: range("a")),
    ("'a' - 'b'", lambda: "a" - "b"),
    ("[] + ()", lambda: [] + ()),
    ("1 + None", lambda: 1 + None),
    ("-'a'", lambda: -"a"),
    ("None()", lambda: nothing()),
    ("5[0]", lambda: five[0]),
    ("{}[[]]", lambda: {}[[]]),
]
for label, fn in calls:
    try:
        fn()
        print(label, "no error")
    except TypeError as e:
        print(label, "->", e)
