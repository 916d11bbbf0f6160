# Enum, IntEnum, StrEnum, Flag, auto, unique, and lookups by value and name.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @property
    def is_warm(self):
        return self in (Color.RED,)


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, len(Color))
print([c.name for c in Color], list(reversed(Color))[0])
print(Color.RED.describe(), Color.RED.is_warm, Color.BLUE.is_warm)
print(Color.RED in Color, isinstance(Color.GREEN, Color), type(Color.RED).__name__)
print(list(Color.__members__), Color.__members__["CRIMSON"])
print(f"{Color.RED}", f"{Color.RED:>12}|", str(Color.GREEN), Color.RED == 1, Color.RED == Color.RED)
print({Color.RED: "r", Color.GREEN: "g"}[Color.CRIMSON], repr(Color))
print(sorted(Color, key=lambda c: c.value, reverse=True))

try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)


class Step(Enum):
    START = auto()
    MIDDLE = auto()
    END = auto()


print([(s.name, s.value) for s in Step])


class Priority(IntEnum):
    LOW = 1
    HIGH = 3


print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, sorted([Priority.HIGH, Priority.LOW]), Priority(3))
print(f"{Priority.LOW}", str(Priority.HIGH), repr(Priority.HIGH), Priority.LOW == 1, int(Priority.HIGH))


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"


print(Mode.READ, Mode.WRITE.upper(), Mode("w"), repr(Mode.READ), Mode.READ == "read")


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), [p.name for p in rw])
print(Perm(4), Perm.R.value, Perm.X.value)


class Bits(IntFlag):
    A = 1
    B = 2


print(Bits.A | Bits.B, Bits.A | 2, int(Bits.B))


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)


print(Planet.EARTH.mass, Planet.EARTH.gravity, Planet.MERCURY.value)


class Shape(Enum):
    CIRCLE = "circle"
    SQUARE = "square"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Shape("CIRCLE"), Shape("Square"))

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)

try:
    @unique
    class Dup(Enum):
        ONE = 1
        UNO = 1
except ValueError as e:
    print("ValueError:", e)

match Color.GREEN:
    case Color.RED:
        print("matched red")
    case Color.GREEN:
        print("matched green")
