"""Run-length encode/decode strings using groupby and regex callbacks."""
import re
from itertools import groupby, chain, repeat


def rle_encode(s: str) -> str:
    return "".join(f"{len(list(g))}{ch}" for ch, g in groupby(s))


def rle_encode_compact(s: str) -> str:
    parts = []
    for ch, g in groupby(s):
        n = sum(1 for _ in g)
        parts.append(f"{n}{ch}" if n > 1 else ch)
    return "".join(parts)


TOKEN = re.compile(r"(\d*)(\D)")


def rle_decode(s: str) -> str:
    if not re.fullmatch(r"(?:\d*\D)*", s):
        raise ValueError(f"malformed RLE string: {s!r}")
    return TOKEN.sub(lambda m: m.group(2) * int(m.group(1) or 1), s)


def rle_decode_itertools(s: str) -> str:
    return "".join(chain.from_iterable(repeat(ch, int(n or 1)) for n, ch in TOKEN.findall(s)))


samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
           "aabcccccaaa", "abc", "", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"]
for s in samples:
    enc = rle_encode(s)
    comp = rle_encode_compact(s)
    ok = rle_decode(comp) == s == rle_decode_itertools(enc)
    ratio = f"{len(comp) / len(s):.2f}" if s else "n/a"
    print(f"{s[:20]!r:<24} full={enc[:24]!r:<28} compact={comp!r} ratio={ratio} roundtrip={ok}")

for bad in ["3a4", "12"]:
    try:
        print(rle_decode(bad))
    except ValueError as e:
        print(type(e).__name__, e)

print("tokens:", TOKEN.findall("3x2yz10q"))
print("expanded:", rle_decode("3x2yz10q"))
doubled, n = re.subn(r"(\d+)", lambda m: str(int(m.group(1)) * 2), "3a12b1c")
print("doubled counts:", doubled, "replacements:", n)
print("swap pairs:", re.sub(r"(\d+)(\w)", r"\2\1", "3a12b1c"))
print("named ref:", re.sub(r"(?P<n>\d+)(?P<c>\D)", r"\g<c>×\g<n>", "4k2m"))
print("groups by key:", [(k, list(g)) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
print("groupby odd/even:", [(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])
