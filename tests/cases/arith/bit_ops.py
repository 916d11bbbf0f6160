# Bitwise operators on small, negative and big ints
a, b = 0b1100, 0b1010
print("a & b =", a & b)
print("a | b =", a | b)
print("a ^ b =", a ^ b)
print("~a =", ~a)
print("~0 =", ~0)
print("~-1 =", ~-1)
print("-12 & 7 =", -12 & 7)
print("-12 | 7 =", -12 | 7)
print("-12 ^ 7 =", -12 ^ 7)
print("-1 & 0xFF =", -1 & 0xFF)
big = 2 ** 100 + 5
print("big & 0xF =", big & 0xF)
print("big | 1 =", big | 1)
print("big ^ big =", big ^ big)
print("~big =", ~big)
print("-big & (2**64 - 1) =", -big & (2 ** 64 - 1))
print("bin(a & b):", bin(a & b))
print("(255).bit_length():", (255).bit_length())
print("(256).bit_length():", (256).bit_length())
print("(-256).bit_length():", (-256).bit_length())
print("(0).bit_length():", (0).bit_length())
print("(2**100).bit_length():", (2 ** 100).bit_length())
print("True & False =", True & False)
print("True | False =", True | False)
print("True ^ True =", True ^ True)
print("type(True & True):", type(True & True).__name__)
print("type(True & 1):", type(True & 1).__name__)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print("popcount(2**100-1):", popcount(2 ** 100 - 1))
