class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

p = Point(3, -4)
print(p.x, p.y)
print(p.norm1())
p.x = 10
print(p.x, p.norm1())
print(Point.__slots__)
print(hasattr(p, "x"), hasattr(p, "z"))
print(getattr(p, "y"))
setattr(p, "y", 1)
print(p.y)

class Pair:
    __slots__ = ["first", "second"]

    def __init__(self, a, b):
        self.first = a
        self.second = b

    def swap(self):
        self.first, self.second = self.second, self.first
        return self

pr = Pair("a", "b").swap()
print(pr.first, pr.second)

class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm1(self):
        return super().norm1() + abs(self.z)

q = Point3(1, 2, -3)
print(q.x, q.y, q.z, q.norm1())
print(isinstance(q, Point))

class Single:
    __slots__ = "value"

s = Single()
s.value = 99
print(s.value)
print(Single.__slots__)
