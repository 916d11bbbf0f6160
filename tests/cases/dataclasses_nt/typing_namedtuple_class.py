from typing import NamedTuple


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def distance_to(self, other):
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5

    def __str__(self):
        return f"({self.x}, {self.y})"


a = Point(3.0, 4.0)
b = Point(0.0)
print(repr(a))
print(repr(b))
print(str(a), str(b))
print(a.distance_to(b))
print(a._fields)
print(Point._field_defaults)
print(a._asdict())
print(a._replace(y=-4.0))
print(isinstance(a, tuple))
x, y = a
print(x * y)
print(a == (3.0, 4.0))
print(a[0], a[-1])
print(sorted([Point(2, 2), Point(1, 5), Point(1, 1)]))
