from typing import Iterator, Tuple, List
from collections import namedtuple


class Vec:
    __slots__ = ("x", "y", "z")
    __match_args__ = ("x", "y", "z")

    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x, self.y, self.z = x, y, z

    def __iter__(self) -> Iterator[float]:
        yield self.x
        yield self.y
        yield self.z

    def __add__(self, o):
        return Vec(*(a + b for a, b in zip(self, o)))

    def __sub__(self, o):
        return Vec(*(a - b for a, b in zip(self, o)))

    def __mul__(self, k):
        return Vec(*(a * k for a in self))

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def __abs__(self):
        return sum(a * a for a in self) ** 0.5

    def dot(self, o) -> float:
        return sum(a * b for a, b in zip(self, o))

    def cross(self, o):
        return Vec(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def __eq__(self, o):
        return isinstance(o, Vec) and tuple(self) == tuple(o)

    def __hash__(self):
        return hash(tuple(self))

    def __lt__(self, o):
        return abs(self) < abs(o)

    def __bool__(self):
        return any(self)

    def __getitem__(self, i):
        return (self.x, self.y, self.z)[i]

    def __len__(self):
        return 3

    def __repr__(self):
        return f"Vec({self.x:g}, {self.y:g}, {self.z:g})"


Particle = namedtuple("Particle", "name pos vel mass", defaults=[1.0])


def step(p: Particle, dt: float) -> Particle:
    return p._replace(pos=p.pos + p.vel * dt)


def where(v: Vec) -> str:
    match v:
        case Vec(0, 0, 0):
            return "origin"
        case Vec(x, 0, 0):
            return f"on x-axis at {x:g}"
        case Vec(0, y, 0) | Vec(0, 0, y):
            return f"on y/z axis at {y:g}"
        case Vec(x, y, z) if z == 0:
            return f"in xy-plane ({x:g},{y:g})"
        case _:
            return "in space"


a, b = Vec(1, 2, 3), Vec(4, -5, 6)
print("a+b", a + b, "a-b", a - b, "2*a", 2 * a, "a*3", a * 3, "-a", -a)
print(f"|a|={abs(a):.4f} a.b={a.dot(b)} axb={a.cross(b)}")
print("a[1] =", a[1], "len", len(a), "unpack", [*a], "slice", a[0:2])
print("bool:", bool(Vec()), bool(a))
vs = [Vec(3, 0, 0), Vec(0, 0, 0), Vec(1, 1, 0), Vec(0, 2, 0), Vec(0, 0, -4), Vec(1, 1, 1)]
for v in vs:
    print(f"  {v!r:<18} {where(v)}")
print("sorted by length:", sorted(vs))
print("longest:", max(vs), "min by x:", min(vs, key=lambda v: (v.x, v.y)))
print("dedupe:", len({Vec(1, 2, 3), Vec(1, 2, 3), Vec(3, 2, 1)}))
parts = [Particle("p1", Vec(0, 0, 0), Vec(1, 0, 0)), Particle("p2", Vec(5, 5, 0), Vec(-1, -1, 0), 2.5)]
for t in range(3):
    parts = [step(p, 0.5) for p in parts]
    print(f"t={t + 1}:", ", ".join(f"{p.name}@{p.pos!r}" for p in parts))
com = sum((p.pos * p.mass for p in parts), Vec()) * (1 / sum(p.mass for p in parts))
print("center of mass:", com)
print("fields:", Particle._fields, "defaults:", Particle._field_defaults)
try:
    Vec().w = 1
except AttributeError as e:
    print("slots error:", type(e).__name__)
