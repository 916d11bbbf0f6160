def evaluate(expr):
    match expr:
        case int(n) | float(n):
            return n
        case ("neg", x):
            return -evaluate(x)
        case ("+", left, right):
            return evaluate(left) + evaluate(right)
        case ("*", left, right):
            return evaluate(left) * evaluate(right)
        case ("-", left, right):
            return evaluate(left) - evaluate(right)
        case ("sum", *terms):
            return sum(evaluate(t) for t in terms)
        case _:
            raise ValueError(f"bad expression {expr!r}")


exprs = [
    5,
    ("neg", 3),
    ("+", 1, ("*", 2, 3)),
    ("-", ("sum", 1, 2, 3, 4), ("neg", 2.5)),
    ("sum",),
    ("*", ("+", 1, 1), ("+", 2, 2)),
]
for e in exprs:
    print(e, "=", evaluate(e))

try:
    evaluate(("/", 1, 2))
except ValueError as err:
    print("error:", err)


def simplify(expr):
    match expr:
        case ("+", 0, x) | ("+", x, 0):
            return simplify(x)
        case ("*", 1, x) | ("*", x, 1):
            return simplify(x)
        case ("*", 0, _) | ("*", _, 0):
            return 0
        case (op, a, b):
            return (op, simplify(a), simplify(b))
        case _:
            return expr


print(simplify(("+", 0, ("*", 1, "x"))))
print(simplify(("*", ("+", "y", 0), 0)))
print(simplify(("-", ("*", "a", 1), ("+", 0, "b"))))
