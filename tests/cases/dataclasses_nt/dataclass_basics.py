from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


p = Point(1, 2)
print(p)
print(repr(p))
print(p.x, p.y)
q = Point(x=1, y=2)
print(p == q, p is q)
print(p == Point(2, 1))
print(p != Point(1, 3))
p.x = 10
print(p)
print(p == q)
r = Point(y=5, x=-1)
print(r)
print(str(r) == repr(r))
print([Point(i, i * i) for i in range(3)])
print(Point(1, 2) == (1, 2))
print(type(p).__name__)

try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
