class Rectangle:
    def __init__(self, width, height=1):
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)

    def scale(self, factor):
        self.width *= factor
        self.height *= factor
        return self

    def is_square(self):
        return self.width == self.height

    def describe(self):
        kind = "square" if self.is_square() else "rectangle"
        return f"{kind} {self.width}x{self.height} area={self.area()} perim={self.perimeter()}"

r = Rectangle(3, 4)
print(r.width, r.height)
print(r.area())
print(r.perimeter())
print(r.describe())
s = Rectangle(5)
print(s.describe())
print(Rectangle(2, 2).describe())
r.scale(2)
print(r.describe())
print(r.scale(0.5).describe())
print(Rectangle(width=7, height=2).area())
m = r.area
print(m())
r.width = 10
print(m())
print(Rectangle.area(Rectangle(6, 6)))
print(vars(Rectangle(1, 9)))
try:
    Rectangle()
except TypeError as e:
    print(e)
try:
    Rectangle(1, 2, 3)
except TypeError as e:
    print(e)
try:
    r.area(5)
except TypeError as e:
    print(e)
