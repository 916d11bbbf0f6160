# len() on many containers
vals = ["", "abc", "héllo🙂", b"\x00\x01", [], [1, [2, 3]], (), (1,), {}, {"a": 1, "b": 2},
        set(), {1, 2, 2, 3}, range(10), range(0, 10, 3), range(10, 0), range(-5, 5, -1), range(0, -10, -3),
        bytearray(4), frozenset([1, 1])]
for v in vals:
    print(type(v).__name__, len(v))
print(len(range(0, 2 ** 40, 7)))
print(len([None] * 1000))
for bad in [5, 3.5, None, iter([1])]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
