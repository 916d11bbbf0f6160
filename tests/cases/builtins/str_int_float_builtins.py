# int(), float(), str() conversions as builtins and their errors
print(int(), float(), repr(str()))
print(int("  42\n"), int(-7.9), int("-0b101", 0), int("Z", 36))
print(float("  -1.5e3 "), float(3), float("-0"), float("1_0.5"))
print(str(1), str(1.0), str(-0.0), str(1e-7), str([1.5, "x"]))
calls = [
    ("int('4.5')", lambda: int("4.5")),
    ("int('abc')", lambda: int("abc")),
    ("int(None)", lambda: int(None)),
    ("int([1])", lambda: int([1])),
    ("float('x1')", lambda: float("x1")),
    ("float(None)", lambda: float(None)),
    ("int('10', 1)", lambda: int("10", 1)),
    ("int(10, 2)", lambda: int(10, 2)),
    ("int('10', 37)", lambda: int("10", 37)),
]
for label, fn in calls:
    try:
        print(label, "->", fn())
    except (ValueError, TypeError) as e:
        print(label, "->", type(e).__name__ + ":", e)
