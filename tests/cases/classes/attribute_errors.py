class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
try:
    print(p.z)
except AttributeError as e:
    print(e)
try:
    p.move()
except AttributeError as e:
    print(e)
try:
    Point.origin
except AttributeError as e:
    print(e)
try:
    del p.z
except AttributeError as e:
    print(type(e).__name__, "on del")
print(getattr(p, "z", "no z"))
p.z = 3
print(p.z)

class Slotted:
    __slots__ = ("a",)

s = Slotted()
try:
    s.a
except AttributeError as e:
    print(e)
try:
    s.b = 1
except AttributeError as e:
    print(type(e).__name__, "on slots")
try:
    (5).real = 3
except AttributeError as e:
    print(type(e).__name__, "on int")
try:
    "abc".nope
except AttributeError as e:
    print(e)
try:
    None.value
except AttributeError as e:
    print(e)
try:
    Point(0, 0).x.y
except AttributeError as e:
    print(e)
