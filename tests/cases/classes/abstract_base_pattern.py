class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")

    def name(self):
        return type(self).__name__.lower()

    def summary(self):
        return f"{self.name()} area={self.area()}"

class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

class Triangle(Shape):
    def __init__(self, b, h):
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h / 2

class Blob(Shape):
    pass

shapes = [Square(3), Triangle(4, 5), Blob(), Square(1)]
total = 0
for sh in shapes:
    try:
        print(sh.summary())
        total += sh.area()
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print("total", total)
print(issubclass(NotImplementedError, RuntimeError))

class Plugin:
    def run(self, data):
        raise NotImplementedError

class Doubler(Plugin):
    def run(self, data):
        return [x * 2 for x in data]

class Broken(Plugin):
    pass

for p in (Doubler(), Broken()):
    try:
        print(type(p).__name__, p.run([1, 2, 3]))
    except NotImplementedError as e:
        print(type(p).__name__, "not implemented", repr(str(e)))
