VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
LOOKUP = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"out of range: {n}")
    parts = []
    for value, sym in VALUES:
        count, n = divmod(n, value)
        parts.append(sym * count)
    return "".join(parts)

def from_roman(s):
    total = 0
    prev = 0
    for ch in reversed(s.upper()):
        if ch not in LOOKUP:
            raise ValueError(f"bad numeral {ch!r} in {s!r}")
        v = LOOKUP[ch]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    return total

for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666]:
    r = to_roman(n)
    back = from_roman(r)
    print(f"{n:>5} -> {r:<15} -> {back}{'' if back == n else ' MISMATCH'}")

for bad in [0, 4000, -5]:
    try:
        to_roman(bad)
    except ValueError as e:
        print("error:", e)
for s in ["mcmxc", "XLII", "ABC"]:
    try:
        print(s, from_roman(s))
    except ValueError as e:
        print("error:", e)

ok = all(from_roman(to_roman(i)) == i for i in range(1, 4000))
print("round trip 1..3999:", ok)
lengths = [len(to_roman(i)) for i in range(1, 4000)]
longest = max(range(1, 4000), key=lambda i: len(to_roman(i)))
print("longest:", longest, to_roman(longest), max(lengths))
