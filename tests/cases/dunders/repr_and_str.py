class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

p = Point(1, 2)
print(p)
print(repr(p))
print(str(p))
print([p, Point(3, 4)])
print({"origin": Point(0, 0)})
print((p,))
print({1: [Point("a", "b")]})
print(f"{p}")
print(f"{p!r}")
print(f"{p!s}")
print("str: %s repr: %r" % (p, p))
print("{} {!r}".format(p, p))
print(str([p]))
print(repr(str(p)))
print(Point("x", None))
print([Point("x", None)])

class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"

o = OnlyRepr()
print(o)
print(str(o))
print([o, o])
print(f"{o}")

class OnlyStr:
    def __str__(self):
        return "only-str"

s = OnlyStr()
print(s)
print(f"{s}")
print(str(s) + "!")
print(repr(s).startswith("<__main__.OnlyStr object at"))
