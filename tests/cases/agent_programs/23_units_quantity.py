"""Physical quantities with units: arithmetic, conversion, comparison and formatting."""
from dataclasses import dataclass
from typing import Dict, Tuple, Union

Dims = Tuple[int, int, int]  # (length, mass, time) exponents


class UnitError(TypeError):
    pass


UNITS: Dict[str, Tuple[float, Dims]] = {
    "m": (1.0, (1, 0, 0)), "km": (1000.0, (1, 0, 0)), "cm": (0.01, (1, 0, 0)),
    "mi": (1609.344, (1, 0, 0)), "ft": (0.3048, (1, 0, 0)),
    "kg": (1.0, (0, 1, 0)), "g": (0.001, (0, 1, 0)), "lb": (0.45359237, (0, 1, 0)),
    "s": (1.0, (0, 0, 1)), "min": (60.0, (0, 0, 1)), "h": (3600.0, (0, 0, 1)),
}
NAMED: Dict[Dims, str] = {(1, 0, -1): "m/s", (1, 0, -2): "m/s^2", (1, 1, -2): "N",
                          (2, 1, -2): "J", (0, 0, 0): ""}


def dims_str(d: Dims) -> str:
    if d in NAMED:
        return NAMED[d]
    parts = [f"{sym}^{e}" if e != 1 else sym for sym, e in zip(("m", "kg", "s"), d) if e]
    return "*".join(parts)


@dataclass(frozen=True)
class Quantity:
    value: float  # in SI base units
    dims: Dims

    @classmethod
    def of(cls, amount: float, unit: str) -> "Quantity":
        try:
            factor, dims = UNITS[unit]
        except KeyError:
            raise UnitError(f"unknown unit {unit!r}") from None
        return cls(amount * factor, dims)

    def to(self, unit: str) -> float:
        factor, dims = UNITS[unit]
        if dims != self.dims:
            raise UnitError(f"cannot convert {dims_str(self.dims)} to {unit}")
        return self.value / factor

    def _check(self, other: "Quantity", op: str) -> None:
        if not isinstance(other, Quantity):
            raise UnitError(f"cannot {op} Quantity and {type(other).__name__}")
        if other.dims != self.dims:
            raise UnitError(f"cannot {op} {dims_str(self.dims)} and {dims_str(other.dims)}")

    def __add__(self, other: "Quantity") -> "Quantity":
        self._check(other, "add")
        return Quantity(self.value + other.value, self.dims)

    def __sub__(self, other: "Quantity") -> "Quantity":
        self._check(other, "subtract")
        return Quantity(self.value - other.value, self.dims)

    def __mul__(self, other: Union["Quantity", float]) -> "Quantity":
        if isinstance(other, Quantity):
            return Quantity(self.value * other.value, tuple(a + b for a, b in zip(self.dims, other.dims)))
        return Quantity(self.value * other, self.dims)

    __rmul__ = __mul__

    def __truediv__(self, other: Union["Quantity", float]) -> "Quantity":
        if isinstance(other, Quantity):
            return Quantity(self.value / other.value, tuple(a - b for a, b in zip(self.dims, other.dims)))
        return Quantity(self.value / other, self.dims)

    def __lt__(self, other: "Quantity") -> bool:
        self._check(other, "compare")
        return self.value < other.value

    def __format__(self, spec: str) -> str:
        return f"{format(self.value, spec or 'g')} {dims_str(self.dims)}".rstrip()

    def __str__(self) -> str:
        return format(self, ".4g")


marathon = Quantity.of(42.195, "km")
time = Quantity.of(2, "h") + Quantity.of(1, "min") * 1 + Quantity.of(9, "s")
speed = marathon / time
print(f"marathon: {marathon}, {marathon.to('mi'):.3f} mi")
print(f"record time: {time} = {time.to('h'):.4f} h")
print(f"avg speed: {speed:.3f}  ({speed.value * 3.6:.2f} km/h)")
mass = Quantity.of(70, "kg")
g = Quantity.of(9.81, "m") / (Quantity.of(1, "s") * Quantity.of(1, "s"))
weight = mass * g
print(f"g = {g}, weight = {weight:.1f}, energy to climb 100 ft: {weight * Quantity.of(100, 'ft'):.0f}")
ke = 0.5 * mass * speed * speed
print(f"kinetic energy at marathon pace: {ke:.2f}")
dists = [Quantity.of(5, "km"), Quantity.of(3, "mi"), Quantity.of(16000, "ft"), Quantity.of(480000, "cm")]
for q in sorted(dists):
    print(f"  {q.to('km'):8.3f} km")
print("ratio (dimensionless):", f"{Quantity.of(1, 'mi') / Quantity.of(1, 'km'):.5f}".strip())
print("odd dims:", Quantity.of(2, "kg") / Quantity.of(4, "m"), "|", Quantity.of(1, "s") / Quantity.of(1, "kg") / Quantity.of(1, "kg"))
for bad in [lambda: marathon + mass, lambda: mass.to("km"), lambda: Quantity.of(1, "parsec"),
            lambda: marathon < 5, lambda: marathon - time]:
    try:
        bad()
    except UnitError as exc:
        print("UnitError:", exc)
