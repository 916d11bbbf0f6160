class Vec:
    def __init__(self, *xs):
        self.xs = tuple(xs)

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(*(a + b for a, b in zip(self.xs, other.xs)))
        if other == 0:
            return self
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __repr__(self):
        return "Vec" + repr(self.xs)

vs = [Vec(1, 2, 3), Vec(10, 20, 30), Vec(-1, -1, -1)]
print(sum(vs))
print(sum(vs[:1]))
print(sum([]))
print(sum(vs, Vec(0, 0, 100)))
print(0 + vs[0])
print(vs[0] + 0)
total = 0
for v in vs:
    total += v
    print("running", total)
print(type(total).__name__)

class NoRadd:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return NoRadd(self.v + getattr(other, "v", other))

    def __repr__(self):
        return f"NoRadd({self.v})"

print(NoRadd(1) + NoRadd(2))
print(sum([NoRadd(1), NoRadd(2)], NoRadd(0)))
try:
    sum([NoRadd(1), NoRadd(2)])
except TypeError as e:
    print("TypeError:", e)
