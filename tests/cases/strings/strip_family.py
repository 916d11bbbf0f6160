# strip, lstrip, rstrip with and without chars
s = "  \t hello world \n "
print(repr(s.strip()))
print(repr(s.lstrip()))
print(repr(s.rstrip()))
print(repr("xxhixx".strip("x")))
print(repr("xyzhixyz".strip("zyx")))
print(repr("www.example.com".strip("cmowz.")))
print(repr("000123000".lstrip("0")))
print(repr("000123000".rstrip("0")))
print(repr("aaaa".strip("a")))
print(repr("abc".strip("")))
print(repr("  abc  ".strip(None)))
print(repr("\u3000ideographic\u3000".strip()))
print(repr("\x0b\x0cvt-ff\x1c".strip()))
print(repr("hello!!!???".rstrip("!?")))
print(repr("--==title==--".strip("-=")))
lines = ["  name: Ann  ", "\tage: 30\n", "city:  Paris   "]
for line in lines:
    k, v = line.strip().split(":")
    print(repr(k.strip()), repr(v.strip()))
