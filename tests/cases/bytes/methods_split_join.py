# bytes split/join/replace/strip and friends
b = b"  alpha,beta,,gamma  "
print(b.split(b","))
print(b.strip().split(b","))
print(b.split())
print(b"a b  c".split(b" "))
print(b"a,b,c".split(b",", 1))
print(b"a,b,c".rsplit(b",", 1))
print(b"-".join([b"x", b"y", b"z"]))
print(b"".join([b"ab", bytearray(b"cd")]))
print(b"hello world".replace(b"o", b"0"))
print(b"hello world".replace(b"l", b"L", 2))
print(b"xxhixx".strip(b"x"))
print(b"  pad ".lstrip(), b"  pad ".rstrip())
print(b"line1\nline2\r\nline3".splitlines())
print(b"key=value".partition(b"="))
print(b"a.b.c".rpartition(b"."))
print(b"abc".upper(), b"ABC".lower(), b"hello world".title())
print(b"abc".center(9, b"*"), b"7".zfill(3))
try:
    b"-".join(["x", "y"])
except TypeError as e:
    print("TypeError:", e)
