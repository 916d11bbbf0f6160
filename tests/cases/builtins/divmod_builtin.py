# divmod builtin and its errors
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(divmod(2 ** 100, 7))
print(divmod(9.5, 2), divmod(-9.5, 2))
print(divmod(0, 3))
for a, b in [(1, 0), ("a", 1), (1, None)]:
    try:
        print(divmod(a, b))
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
