class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def coords(self):
        return (self.x, self.y)

p = Point(3, 4)
print(p.coords())
print(p.x + p.y)
print(vars(p))
print(hasattr(p, "x"), hasattr(p, "qqq"))
print(getattr(p, "qqq", "no qqq"))
print(p.qqq)
print("unreachable")
