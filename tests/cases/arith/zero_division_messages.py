# ZeroDivisionError messages for each operator and type
ops = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("1.0 % 0.0", lambda: 1.0 % 0.0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("2**100 // 0", lambda: 2 ** 100 // 0),
    ("2**100 % 0", lambda: 2 ** 100 % 0),
    ("True / False", lambda: True / False),
]
for label, fn in ops:
    try:
        fn()
        print(label, "-> no error")
    except ZeroDivisionError as e:
        print(label, "->", type(e).__name__)
print("int cases:")
for label, fn in ops[:3]:
    try:
        fn()
    except ZeroDivisionError as e:
        print(" ", label, "msg:", e)
