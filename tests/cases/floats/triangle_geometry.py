# Heron's formula, distances and midpoints with floats
def dist(p, q):
    return ((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2) ** 0.5

def area(a, b, c):
    s = (a + b + c) / 2
    return (s * (s - a) * (s - b) * (s - c)) ** 0.5

tris = [((0, 0), (3, 0), (0, 4)), ((0, 0), (1, 0), (0.5, 0.75 ** 0.5)), ((-1.5, 2), (4, -3), (2.5, 6))]
for t in tris:
    a, b, c = dist(t[0], t[1]), dist(t[1], t[2]), dist(t[2], t[0])
    print("sides:", a, b, c)
    print("perimeter:", a + b + c)
    print("area:", area(a, b, c))
    shoelace = abs(t[0][0] * (t[1][1] - t[2][1]) + t[1][0] * (t[2][1] - t[0][1]) + t[2][0] * (t[0][1] - t[1][1])) / 2
    print("shoelace:", shoelace)
    mid = ((t[0][0] + t[1][0]) / 2, (t[0][1] + t[1][1]) / 2)
    print("midpoint ab:", mid)
