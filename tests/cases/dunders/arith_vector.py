class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return Vec(+self.x, +self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y

a = Vec(3, 4)
b = Vec(1, -2)
print(a + b)
print(a - b)
print(a * 3)
print(a / 2)
print(a // 2)
print(Vec(7, -7) % 3)
print(b ** 2)
print(-a)
print(+b)
print(abs(a))
print(abs(Vec(0, 0)))
print(a + b * 2)
print((a - b) * -1 == b - a)
print(-(-a) == a)
print(a + b - b == a)
print(Vec(1.5, 2.5) * 2)
print(a * 0.5 + b)
