# str() constructor on many types
vals = [0, -12, 2 ** 70, 1.5, -0.0, 1e100, True, None, [1, "a"], (1,), {"a": 1},
        "already", b"bytes", range(3), slice(1, 2), int, str]
for v in vals:
    print(str(v))
print(str(b"caf\xc3\xa9", "utf-8"))
print(str(b"abc", encoding="ascii"))
print(repr(str()))
print(str(str("x")))
print(len(str(10 ** 50)))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
