# Three-argument pow, including modular inverse with negative exponents
print("pow(2, 10, 1000) =", pow(2, 10, 1000))
print("pow(3, 200, 10**9+7) =", pow(3, 200, 10 ** 9 + 7))
print("pow(2, 10**18, 97) =", pow(2, 10 ** 18, 97))
print("pow(-3, 3, 7) =", pow(-3, 3, 7))
print("pow(3, 3, -7) =", pow(3, 3, -7))
print("pow(5, 0, 7) =", pow(5, 0, 7))
print("pow(5, 0, 1) =", pow(5, 0, 1))
print("pow(3, -1, 7) =", pow(3, -1, 7))
print("pow(3, -2, 7) =", pow(3, -2, 7))
print("pow(38, -1, 97) =", pow(38, -1, 97))
inv = pow(38, -1, 97)
print("check inverse:", 38 * inv % 97)
print("pow(10, -1, 10**9+7) =", pow(10, -1, 10 ** 9 + 7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
