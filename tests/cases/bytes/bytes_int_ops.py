# Bytes <-> ints: bit fiddling with bytes content
b = b"\x12\x34\x56\x78"
value = 0
for x in b:
    value = (value << 8) | x
print(hex(value), value)
print(int.from_bytes(b, "big") == value)
swapped = bytes(reversed(b))
print(swapped.hex(), hex(int.from_bytes(swapped, "big")))
nibbles = [(x >> 4, x & 0xF) for x in b]
print(nibbles)
print(bytes(x ^ 0xFF for x in b))
print(bytes(x for x in b if x % 2 == 0))
words = [b[i:i + 2] for i in range(0, len(b), 2)]
print(words, [int.from_bytes(w, "little") for w in words])
print(b[0] + b[1], b[0] * 2, b[3] // 3)
