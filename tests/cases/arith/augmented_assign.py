# Augmented assignment operators on ints
x = 10
x += 5; print("+= 5:", x)
x -= 20; print("-= 20:", x)
x *= -3; print("*= -3:", x)
x //= 4; print("//= 4:", x)
x %= 5; print("%= 5:", x)
x **= 10; print("**= 10:", x)
x <<= 40; print("<<= 40:", x)
x >>= 38; print(">>= 38:", x)
x &= 0xFFFF; print("&= 0xFFFF:", x)
x |= 0x10000; print("|= 0x10000:", x)
x ^= 0xFF; print("^= 0xFF:", x)
x /= 2; print("/= 2:", x)
counts = [0, 0, 0]
for i in range(10):
    counts[i % 3] += i
print("counts:", counts)
total = 1
for i in range(1, 30):
    total *= i
    total %= 10 ** 9 + 7
print("29! mod p:", total)
