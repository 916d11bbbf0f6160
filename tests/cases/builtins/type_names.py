# type(x) printing and type(x).__name__
vals = [1, 1.5, "s", b"b", True, None, [], (), {}, set(), range(1), slice(1), bytearray(),
        frozenset(), len, print, lambda: 1, iter([]), (x for x in []), 2 ** 100, zip(), map(str, []),
        enumerate([]), reversed([1]), int, type]
for v in vals:
    print(type(v).__name__)
for v in [1, "s", 1.0, [], {}, (), None, True, b"", range(0), int, len]:
    print(type(v))
print(type(1) is int, type(True) is int, type(True) is bool)
print(type(type(1)))
print(type("x") == str, type(1) == type(2))
