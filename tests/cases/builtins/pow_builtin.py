# pow() builtin with two and three arguments
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.5, 2), pow(4, 0.5))
print(pow(7, 2, 5), pow(-7, 2, 5), pow(7, -1, 5), pow(2, 100, 10 ** 9))
print(pow(0, 0), pow(0.0, 0.0))
print(pow(base=3, exp=4), pow(3, 4, mod=5))
print(pow(-8, 1 / 3) == (-8) ** (1 / 3))
print(type(pow(2, 3)).__name__, type(pow(2, -3)).__name__, type(pow(2.0, 3)).__name__)
for args in [(0, -1), (2, 3, 0), (2, -1, 4), (2, 0.5, 3), ("2", 2)]:
    try:
        print(pow(*args))
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(args, type(e).__name__ + ":", e)
