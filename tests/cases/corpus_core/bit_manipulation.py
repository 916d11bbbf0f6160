def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count

def is_power_of_two(n):
    return n > 0 and n & (n - 1) == 0

def reverse_bits(n, width=8):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r

for n in [0, 1, 5, 7, 8, 255, 256, 1023, 2 ** 31 - 1]:
    print(f"{n:>11} {bin(n):>34} pop={popcount(n):<3} pow2={is_power_of_two(n)}")

print([reverse_bits(n) for n in (1, 2, 3, 0b10110000, 255)])
print(6 & 3, 6 | 3, 6 ^ 3, ~6, 1 << 10, 1024 >> 3, -16 >> 2, -1 & 0xFF)

FLAGS = {"read": 1, "write": 2, "exec": 4, "admin": 8}
def encode(perms):
    mask = 0
    for p in perms:
        mask |= FLAGS[p]
    return mask
def decode(mask):
    return [name for name, bit in FLAGS.items() if mask & bit]

m = encode(["read", "exec"])
print(m, decode(m), decode(m | FLAGS["write"]), decode(m & ~FLAGS["read"]), decode(15), decode(0))
x = 0b1011
print("toggle bit 2:", bin(x ^ (1 << 2)), "set bit 4:", bin(x | 1 << 4), "lowest set:", x & -x)
a, b = 17, 42
a ^= b
b ^= a
a ^= b
print("xor swap:", a, b)
nums = [4, 1, 2, 1, 2, 7, 4]
single = 0
for v in nums:
    single ^= v
print("unique element:", single)
subsets = []
items = ["a", "b", "c"]
for mask in range(1 << len(items)):
    subsets.append("".join(items[i] for i in range(len(items)) if mask & (1 << i)) or "-")
print(subsets)
print("hamming(1, 4):", popcount(1 ^ 4), "hamming(93, 73):", popcount(93 ^ 73))
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
