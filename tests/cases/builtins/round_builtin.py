# round() builtin forms and errors
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(2.567, 2), round(2.565, 2), round(-2.567, 1))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(5, 0), round(5, 3), type(round(5, 0)).__name__)
print(round(12.5, -1), round(17.5, -1), round(0.5, 0))
print(round(True), round(2 ** 100 + 1, -2))
print(round(1e22, -21))
print(round(123.456, None), type(round(123.456, None)).__name__)
for args in [("1.5",), (1.5, 1.5), (float("inf"),), (float("nan"),)]:
    try:
        print(round(*args))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
