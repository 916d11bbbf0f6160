# int.to_bytes / int.from_bytes round trips
for n in [0, 1, 255, 256, 65535, 2 ** 32 - 1, 2 ** 64, 2 ** 100 + 7]:
    length = max(1, (n.bit_length() + 7) // 8)
    big = n.to_bytes(length, "big")
    little = n.to_bytes(length, "little")
    print(n, big.hex(), little.hex(), int.from_bytes(big, "big") == n, int.from_bytes(little, "little") == n)
for n in [-1, -128, -129, 127]:
    b = n.to_bytes(2, "big", signed=True)
    print(n, b, int.from_bytes(b, "big", signed=True))
print(int.from_bytes(b"\xff" * 9, "big"))
print(int.from_bytes(b"", "big"))
try:
    (-1).to_bytes(2, "big")
except OverflowError as e:
    print("OverflowError:", e)
