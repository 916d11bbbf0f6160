data = [("alice", (30, "nyc")), ("bob", (25, "sf"))]
for name, (age, city) in data:
    print(f"{name}: age {age}, city {city}")
((a, b), (c, d)) = ((1, 2), (3, 4))
print("2x2:", a, b, c, d)
[x, [y, [z]]] = [1, [2, [3]]]
print("deep list:", x, y, z)
(p, q), *rest = [(1, 2), (3, 4), (5, 6)]
print("pair then rest:", p, q, rest)
points = {"p1": (0, 0), "p2": (3, 4)}
for label, (px, py) in points.items():
    print(label, "dist^2", px * px + py * py)
first, (second, *others) = "a", "bcd"
print("str nested:", first, second, others)
try:
    (m, n), o = (1, 2, 3), 4
except ValueError as e:
    print("inner too many:", type(e).__name__, e)
try:
    (m, n), o = 5, 4
except TypeError as e:
    print("int not iterable:", type(e).__name__, e)
matrix = [[1, 2], [3, 4]]
[[m00, m01], [m10, m11]] = matrix
print("det:", m00 * m11 - m01 * m10)
