# hash() of ints, floats and tuples of them (deterministic)
for v in [0, 1, -1, -2, 42, 2 ** 61 - 1, 2 ** 61, 2 ** 100, 1.0, 1.5, -0.0, 0.5, True, False]:
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(True))
print(hash((1, 2)) == hash((1, 2)))
print(hash((1, 2)) == hash((2, 1)))
print(hash(()) == hash(()))
print(hash((1, (2, 3))) == hash((1.0, (2.0, 3))))
print(hash(float("inf")), hash(float("-inf")))
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
try:
    hash([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
