"""Geometry helpers an agent might write for a CAD-ish task."""
import math
from dataclasses import dataclass
from typing import List, Tuple


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def dist(self, other: "Point") -> float:
        return math.hypot(self.x - other.x, self.y - other.y)


def polygon_area(pts: List[Point]) -> float:
    s = 0.0
    for a, b in zip(pts, pts[1:] + pts[:1]):
        s += a.x * b.y - b.x * a.y
    return abs(s) / 2


def triangle_angles(a: float, b: float, c: float) -> Tuple[float, float, float]:
    A = math.degrees(math.acos((b * b + c * c - a * a) / (2 * b * c)))
    B = math.degrees(math.acos((a * a + c * c - b * b) / (2 * a * c)))
    return round(A, 6), round(B, 6), round(180 - A - B, 6)


square = [Point(0, 0), Point(4, 0), Point(4, 4), Point(0, 4)]
print("square area:", polygon_area(square))
print("diagonal:", round(square[0].dist(square[2]), 6))
print("perimeter:", sum(p.dist(q) for p, q in zip(square, square[1:] + square[:1])))

print("angles 3-4-5:", triangle_angles(3, 4, 5))
print("angles equilateral:", triangle_angles(2, 2, 2))
try:
    triangle_angles(1, 2, 10)
except ValueError as e:
    print("bad triangle:", type(e).__name__, e)

for r in (1, 2.5, 10):
    print(f"circle r={r}: area={math.pi * r ** 2:.4f} circ={math.tau * r:.4f}")

print("pi:", math.pi, "e:", math.e)
print("floor/ceil:", math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print("gcd/lcm:", math.gcd(84, 36), math.lcm(4, 6, 10))
print("isclose:", math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print("comb/perm/fact:", math.comb(10, 3), math.perm(5, 2), math.factorial(10))
print("inf/nan:", math.inf > 1e308, math.isnan(math.nan), math.isinf(-math.inf))

for bad in (lambda: math.sqrt(-4), lambda: math.log(0), lambda: math.acos(2)):
    try:
        bad()
    except ValueError as e:
        print("domain:", type(e).__name__, e)

p = Point(1, 2)
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)
print("hashable points:", len({Point(1, 2), Point(1, 2), Point(2, 1)}))
print("sqrt 2:", math.sqrt(2), "isqrt 99:", math.isqrt(99), "fsum:", math.fsum([0.1] * 10))
