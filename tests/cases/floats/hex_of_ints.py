# hex/oct/bin of ints and float.hex
for n in [0, 1, 15, 16, 255, -255, 4096, 2 ** 32, 2 ** 64 - 1, -(2 ** 70)]:
    print(n, hex(n), oct(n), bin(n))
print((1.0).hex())
print((0.5).hex())
print((-2.5).hex())
print((0.1).hex())
print((0.0).hex())
print((-0.0).hex())
print(float.fromhex("0x1.8p1"))
print(float.fromhex("0x10"))
print(float.fromhex("-0x1p-2"))
print(float.fromhex((0.1).hex()) == 0.1)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
