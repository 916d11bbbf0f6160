vectors = [(1, 2), (3, 4), (5, 6)]
sx = sum(v[0] for v in vectors)
sy = sum(v[1] for v in vectors)
print("sum vector:", (sx, sy))

def add(u, v):
    return tuple(a + b for a, b in zip(u, v))

def scale(u, k):
    return tuple(k * a for a in u)

def dot(u, v):
    return sum(a * b for a, b in zip(u, v))

acc = (0, 0)
for v in vectors:
    acc = add(acc, v)
    print("acc:", acc)
print("scale:", scale((1, -2, 3), 3))
print("dot:", dot((1, 2, 3), (4, 5, 6)))
print("manhattan:", sum(abs(a - b) for a, b in zip((1, 5), (4, 1))))
pts = [(3, 1), (0, 0), (-2, 5), (1, 1)]
print("closest to origin:", min(pts, key=lambda p: p[0] ** 2 + p[1] ** 2))
print("farthest:", max(pts, key=lambda p: p[0] ** 2 + p[1] ** 2))
print("sorted by y then x:", sorted(pts, key=lambda p: (p[1], p[0])))
bbox = (min(p[0] for p in pts), min(p[1] for p in pts), max(p[0] for p in pts), max(p[1] for p in pts))
print("bbox:", bbox)
