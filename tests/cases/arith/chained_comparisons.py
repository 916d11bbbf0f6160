# Comparisons, chained comparisons, mixed int/float
x = 5
print("1 < x < 10:", 1 < x < 10)
print("1 < x > 10:", 1 < x > 10)
print("5 == x == 5.0:", 5 == x == 5.0)
print("1 < 2 < 3 < 4 < 5:", 1 < 2 < 3 < 4 < 5)
print("1 < 3 < 2:", 1 < 3 < 2)
print("3 > 2 >= 2 > 1:", 3 > 2 >= 2 > 1)
print("1 != 2 != 1:", 1 != 2 != 1)
calls = []
def v(n):
    calls.append(n)
    return n
print("short-circuit:", v(3) < v(1) < v(2))
print("calls:", calls)
print("2**64 > 2**64 - 1:", 2 ** 64 > 2 ** 64 - 1)
print("2**53 + 1 == float(2**53 + 1):", 2 ** 53 + 1 == float(2 ** 53 + 1))
print("2**53 == float(2**53):", 2 ** 53 == float(2 ** 53))
print("10**20 < 1e21:", 10 ** 20 < 1e21)
print("-0 == 0:", -0 == 0)
print("1 == 1.0:", 1 == 1.0)
print("(1, 2) < (1, 3):", (1, 2) < (1, 3))
print("[1, 2] < [1, 2, 0]:", [1, 2] < [1, 2, 0])
print("'a' < 'b' < 'c':", "a" < "b" < "c")
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
