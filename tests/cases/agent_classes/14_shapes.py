from dataclasses import dataclass
from typing import List

class Shape:
    sides = 0
    def area(self) -> float:
        raise NotImplementedError
    def perimeter(self) -> float:
        raise NotImplementedError
    def __lt__(self, other):
        return self.area() < other.area()
    def __eq__(self, other):
        return type(self) is type(other) and self.area() == other.area()
    def __hash__(self):
        return int(self.area() * 1000)
    def describe(self):
        return f"{self} area={self.area():.2f} perim={self.perimeter():.2f} sides={self.sides}"

class Rect(Shape):
    sides = 4
    __match_args__ = ("w", "h")
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
    def __str__(self):
        return f"Rect({self.w}x{self.h})"
    __repr__ = __str__

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
    def __str__(self):
        return f"Square({self.w})"
    __repr__ = __str__

class Circle(Shape):
    __match_args__ = ("r",)
    PI = 3.14159
    def __init__(self, r):
        self.r = r
    def area(self):
        return self.PI * self.r ** 2
    def perimeter(self):
        return 2 * self.PI * self.r
    def __str__(self):
        return f"Circle(r={self.r})"
    __repr__ = __str__

class Triangle(Shape):
    sides = 3
    __match_args__ = ("a", "b", "c")
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle {a},{b},{c}")
        self.a, self.b, self.c = a, b, c
    def area(self):
        s = self.perimeter() / 2
        return (s * (s - self.a) * (s - self.b) * (s - self.c)) ** 0.5
    def perimeter(self):
        return self.a + self.b + self.c
    def __str__(self):
        return f"Tri({self.a},{self.b},{self.c})"
    __repr__ = __str__

def classify(s: Shape) -> str:
    match s:
        case Square(w, _):
            return f"square of side {w}"
        case Rect(w, h) if w > h:
            return "wide rectangle"
        case Rect(w, h):
            return "tall or square-ish rectangle"
        case Circle(r) if r >= 5:
            return "big circle"
        case Circle():
            return "small circle"
        case Triangle(a, b, c) if a == b == c:
            return "equilateral"
        case Triangle(a, b, c) if a == b or b == c or a == c:
            return "isosceles"
        case _:
            return "scalene"

shapes: List[Shape] = [Rect(3, 4), Square(3), Circle(1), Circle(5), Triangle(3, 4, 5),
                       Triangle(2, 2, 2), Rect(2, 6), Triangle(5, 5, 8), Square(2)]
for s in shapes:
    print(f"{s.describe():<60} -> {classify(s)}")
print("sorted:", sorted(shapes))
print("largest:", max(shapes), "smallest perimeter:", min(shapes, key=lambda s: s.perimeter()))
print("Rect(3,4) == Rect(2,6):", Rect(3, 4) == Rect(2, 6), "Rect == Square(?)", Rect(2, 2) == Square(2))
unique = {Rect(3, 4), Rect(2, 6), Rect(4, 3), Square(3), Square(3)}
print("unique count:", len(unique))
print("total area:", round(sum(s.area() for s in shapes), 3))
print("isinstance Square Rect:", isinstance(Square(1), Rect), issubclass(Circle, Rect))
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print("error:", e)
