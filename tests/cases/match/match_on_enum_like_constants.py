class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


class Limits:
    LOW = 10
    HIGH = 100


def paint(c):
    match c:
        case Color.RED:
            return "warm"
        case Color.GREEN | Color.BLUE:
            return "cool"
        case _:
            return "unknown color"


for c in ["red", "green", "blue", "pink"]:
    print(c, paint(c))


def level(n):
    match n:
        case Limits.LOW:
            return "exactly low"
        case Limits.HIGH:
            return "exactly high"
        case int() if n < Limits.LOW:
            return "below low"
        case int() if n > Limits.HIGH:
            return "above high"
        case _:
            return "in range"


for n in [5, 10, 50, 100, 150]:
    print(n, level(n))

signals = {"go": Color.GREEN, "stop": Color.RED}
for name, col in sorted(signals.items()):
    match (name, col):
        case ("go", Color.GREEN):
            print(name, "consistent")
        case ("stop", Color.RED):
            print(name, "consistent")
        case _:
            print(name, "inconsistent")
