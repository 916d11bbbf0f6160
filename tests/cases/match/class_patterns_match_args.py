class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


class Rect:
    __match_args__ = ("corner", "w", "h")

    def __init__(self, corner, w, h):
        self.corner = corner
        self.w = w
        self.h = h


def describe(shape):
    match shape:
        case Point(0, 0):
            return "point at origin"
        case Point(x, 0):
            return f"point on x-axis at {x}"
        case Point(x, y):
            return f"point ({x}, {y})"
        case Circle(Point(0, 0), r):
            return f"circle at origin r={r}"
        case Circle(c, r) if r > 10:
            return f"big circle r={r} at ({c.x}, {c.y})"
        case Circle(_, r):
            return f"circle r={r}"
        case Rect(Point(x, y), w, h) if w == h:
            return f"square {w} at ({x}, {y})"
        case Rect(_, w, h):
            return f"rect area {w * h}"
        case _:
            return "unknown"


shapes = [
    Point(0, 0), Point(5, 0), Point(2, 3),
    Circle(Point(0, 0), 1), Circle(Point(1, 1), 20), Circle(Point(2, 2), 3),
    Rect(Point(1, 1), 4, 4), Rect(Point(0, 0), 2, 5), "blob",
]
for s in shapes:
    print(describe(s))

try:
    match Point(1, 2):
        case Point(a, b, c):
            print("never")
except TypeError as e:
    print("TypeError:", e)
