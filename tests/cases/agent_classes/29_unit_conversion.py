from typing import Dict, Tuple
from dataclasses import dataclass


class UnitError(Exception):
    pass


class IncompatibleUnits(UnitError):
    def __init__(self, a: str, b: str):
        super().__init__(f"cannot combine {a} with {b}")
        self.units = (a, b)


FACTORS: Dict[str, Tuple[str, float]] = {
    "m": ("length", 1.0), "km": ("length", 1000.0), "cm": ("length", 0.01), "ft": ("length", 0.3048),
    "g": ("mass", 0.001), "kg": ("mass", 1.0), "lb": ("mass", 0.45359237),
    "s": ("time", 1.0), "min": ("time", 60.0), "h": ("time", 3600.0),
}


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str

    def __post_init__(self):
        if self.unit not in FACTORS:
            raise UnitError(f"unknown unit {self.unit!r}")

    @property
    def dimension(self) -> str:
        return FACTORS[self.unit][0]

    def to(self, unit: str) -> "Quantity":
        if unit not in FACTORS:
            raise UnitError(f"unknown unit {unit!r}")
        if FACTORS[unit][0] != self.dimension:
            raise IncompatibleUnits(self.unit, unit)
        base = self.value * FACTORS[self.unit][1]
        return Quantity(base / FACTORS[unit][1], unit)

    def __add__(self, other: "Quantity") -> "Quantity":
        if not isinstance(other, Quantity):
            return NotImplemented
        return Quantity(self.value + other.to(self.unit).value, self.unit)

    def __sub__(self, other):
        return self + Quantity(-other.value, other.unit)

    def __mul__(self, k: float) -> "Quantity":
        return Quantity(self.value * k, self.unit)

    def __lt__(self, other):
        return self.value < other.to(self.unit).value

    def __eq__(self, other):
        if not isinstance(other, Quantity) or other.dimension != self.dimension:
            return False
        return abs(self.value - other.to(self.unit).value) < 1e-9

    def __hash__(self):
        return hash((self.dimension, round(self.value * FACTORS[self.unit][1], 6)))

    def __str__(self):
        return f"{self.value:.4g} {self.unit}"


def parse_q(text: str) -> Quantity:
    num, unit = text.split()
    return Quantity(float(num), unit)


d1 = parse_q("5 km")
d2 = parse_q("1200 m")
print(d1, "+", d2, "=", d1 + d2, "=", (d1 + d2).to("m"))
print(d2, "-", d1, "=", d2 - d1)
print("ft:", Quantity(100, "m").to("ft"), "lb:", Quantity(2, "kg").to("lb"))
print("1 h in s:", Quantity(1, "h").to("s"), "90 min in h:", Quantity(90, "min").to("h"))
print("equal 1 km == 1000 m:", Quantity(1, "km") == Quantity(1000, "m"))
print("scaled:", d1 * 3, "compare:", d2 < d1, d1 < d2)
lengths = [parse_q(t) for t in ["3 ft", "1 m", "50 cm", "0.002 km", "12 ft"]]
print("sorted:", [str(q) for q in sorted(lengths)])
print("longest:", max(lengths), "shortest:", min(lengths))
total = Quantity(0, "m")
for q in lengths:
    total = total + q
print("total length:", total)
print("unique masses:", len({Quantity(1, "kg"), Quantity(1000, "g"), Quantity(2, "lb")}))
for bad in ["5 kg + 3 m", "1 parsec", "2 h -> km"]:
    try:
        if "+" in bad:
            a, b = bad.split(" + ")
            parse_q(a) + parse_q(b)
        elif "->" in bad:
            a, b = bad.split(" -> ")
            parse_q(a).to(b)
        else:
            parse_q(bad)
    except IncompatibleUnits as e:
        print(f"{bad!r}: incompatible {e.units}")
    except UnitError as e:
        print(f"{bad!r}: {e}")
