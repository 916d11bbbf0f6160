pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, word)
d = {"a": [1, 2], "b": [3, 4]}
for k, (x, y) in d.items():
    print(k, x + y)
for i, (k, v) in enumerate(sorted(d.items())):
    print(i, k, v)
for a, b, c in ["abc", "def"]:
    print(a, b, c)
triples = [(1, 2, 3), (4, 5, 6)]
total = 0
for _, mid, _ in triples:
    total += mid
print("sum of mids:", total)
matrix = [[1, 2], [3, 4], [5, 6]]
for r, (left, right) in enumerate(matrix):
    print(f"row {r}: {left} | {right}")
try:
    for a, b in [(1, 2), (3,)]:
        print("got", a, b)
except ValueError as e:
    print("bad row:", type(e).__name__, e)
for x, in [(1,), (2,)]:
    print("single-elem unpack:", x)
