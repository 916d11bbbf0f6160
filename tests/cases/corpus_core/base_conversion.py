DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"

def to_base(n, base):
    if not 2 <= base <= 36:
        raise ValueError("base must be in 2..36")
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))

def from_base(s, base):
    s = s.strip().lower()
    sign = -1 if s.startswith("-") else 1
    s = s.lstrip("-")
    value = 0
    for ch in s:
        d = DIGITS.index(ch)
        if d >= base:
            raise ValueError(f"digit {ch!r} invalid for base {base}")
        value = value * base + d
    return sign * value

for n in [0, 1, 7, 10, 255, -255, 1000, 65535, 2 ** 64, 123456789]:
    row = [to_base(n, b) for b in (2, 8, 16, 36)]
    print(f"{n:>22}: " + " | ".join(row))
    assert from_base(row[0], 2) == n and from_base(row[3], 36) == n

print(bin(42), oct(42), hex(42), bin(-5), hex(2 ** 70))
print(int("ff", 16), int("0b1011", 0), int("0o17", 0), int("z", 36), int("  -42  "), int("1_000"))
print(format(10, "b"), format(10, "08b"), format(255, "o"), format(3054, "x"), f"{3054:#010x}")
try:
    from_base("129", 8)
except ValueError as e:
    print("error:", e)
try:
    to_base(5, 1)
except ValueError as e:
    print("error:", e)
def to_bits(n, width):
    return [(n >> i) & 1 for i in range(width - 1, -1, -1)]
print(to_bits(13, 8), sum(to_bits(255, 8)), bin(1023).count("1"))
gray = [i ^ (i >> 1) for i in range(8)]
print("gray:", [format(g, "03b") for g in gray])
print("bit length:", (255).bit_length(), (256).bit_length(), (0).bit_length(), (-8).bit_length())
