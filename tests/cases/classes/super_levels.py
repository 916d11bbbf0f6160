class Shape:
    def __init__(self, name):
        self.name = name
        self.trail = ["Shape"]

    def describe(self):
        return f"shape {self.name}"

    def area(self):
        return 0

class Polygon(Shape):
    def __init__(self, name, sides):
        super().__init__(name)
        self.sides = sides
        self.trail.append("Polygon")

    def describe(self):
        return super().describe() + f" with {self.sides} sides"

class Quad(Polygon):
    def __init__(self, name):
        super().__init__(name, 4)
        self.trail.append("Quad")

    def describe(self):
        return super().describe() + " (quad)"

class Square(Quad):
    def __init__(self, side):
        super().__init__("square")
        self.side = side
        self.trail.append("Square")

    def describe(self):
        return super().describe() + f" side={self.side} area={self.area()}"

    def area(self):
        return self.side ** 2 + super().area()

s = Square(3)
print(s.trail)
print(s.describe())
print(s.area())
print(s.sides, s.name)
q = Quad("kite")
print(q.trail)
print(q.describe())
print(Polygon("tri", 3).describe())
print(Shape("dot").describe())
print(super(Quad, s).describe())
print(super(Polygon, s).describe())
print(sorted(vars(s)))
