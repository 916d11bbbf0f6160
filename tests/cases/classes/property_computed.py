class Circle:
    PI = 3.14159

    def __init__(self, r):
        self.r = r

    @property
    def diameter(self):
        return self.r * 2

    @diameter.setter
    def diameter(self, d):
        self.r = d / 2

    @property
    def area(self):
        return round(self.PI * self.r ** 2, 3)

c = Circle(2)
print(c.r, c.diameter, c.area)
c.diameter = 10
print(c.r, c.diameter, c.area)
c.r = 1
print(c.diameter, c.area)

class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last

    def _get_full(self):
        return f"{self.first} {self.last}"

    def _set_full(self, value):
        self.first, self.last = value.split(" ", 1)

    full = property(_get_full, _set_full)

p = Person("Ada", "Lovelace")
print(p.full)
p.full = "Grace Brewster Hopper"
print(p.first)
print(p.last)
print(p.full)
print(vars(p))

class ReadOnly:
    @property
    def value(self):
        return 42

ro = ReadOnly()
print(ro.value)
try:
    ro.value = 1
except AttributeError as e:
    print("AttributeError:", e)
print(ro.value)
print(getattr(ro, "value"))
print(hasattr(ro, "value"))
