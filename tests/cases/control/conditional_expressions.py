for n in [-2, 0, 5]:
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign)
x = 10
print("abs:", x if x >= 0 else -x)
print("parity:", ["even" if i % 2 == 0 else "odd" for i in range(4)])
def safe_div(a, b):
    return a / b if b else None
print("safe_div(1, 2):", safe_div(1, 2))
print("safe_div(1, 0):", safe_div(1, 0))
calls = []
def side(v):
    calls.append(v)
    return v
r = side("yes") if side(True) else side("no")
print("only taken branch evaluated:", r, calls)
calls.clear()
r = side("yes") if side(0) else side("no")
print("else branch:", r, calls)
label = f"{x} is {'big' if x > 5 else 'small'}"
print(label)
vals = [3, None, 0, "", "a"]
print("defaults:", [v if v is not None else "N/A" for v in vals])
print("nested ternary:", [("fizz" if i % 3 == 0 else "") + ("buzz" if i % 5 == 0 else "") or i for i in range(1, 16)])
