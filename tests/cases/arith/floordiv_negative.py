# Floor division and modulo with negative operands follow floor semantics
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 5), (-1, 5), (9, 3), (-9, 3)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(f"{a} // {b} = {q}, {a} % {b} = {r}, check = {q * b + r == a}")
print("big:", -(10 ** 20) // 7, -(10 ** 20) % 7)
print("big neg divisor:", 10 ** 20 // -7, 10 ** 20 % -7)
print("-2**70 // 2**35 =", -(2 ** 70) // (2 ** 35))
print("-1 // 2**80 =", -1 // (2 ** 80))
print("-1 % 2**80 =", -1 % (2 ** 80))
print("float -7.0 // 2 =", -7.0 // 2)
print("float -7.0 % 2 =", -7.0 % 2)
print("float 7 % -2.5 =", 7 % -2.5)
