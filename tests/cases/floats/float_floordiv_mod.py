# Float floor division and modulo
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (0.3, 0.1),
         (5.0, 1.5), (-5.0, 1.5), (1e20, 3.0), (0.0, 3.0), (-0.0, 3.0), (3.0, float("inf")),
         (-3.0, float("inf"))]
for a, b in pairs:
    print(f"{a!r} // {b!r} = {a // b!r}; {a!r} % {b!r} = {a % b!r}")
print("divmod(1.0, 0.1):", divmod(1.0, 0.1))
print("10.0 % 3:", 10.0 % 3)
print("-10.0 % 3:", -10.0 % 3)
print("10 % -3.0:", 10 % -3.0)
print("6.0 % 2:", 6.0 % 2)
print("-6.0 % 2:", -6.0 % 2)
print("6.0 % -2:", 6.0 % -2)
try:
    print(1.0 // 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 % 0)
except ZeroDivisionError as e:
    print("modulo by zero raised", type(e).__name__)
