trace = []

class Meters:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        trace.append("Meters.__lt__")
        if isinstance(other, Meters):
            return self.v < other.v
        return NotImplemented

    def __gt__(self, other):
        trace.append("Meters.__gt__")
        if isinstance(other, Meters):
            return self.v > other.v
        if isinstance(other, (int, float)):
            return self.v > other
        return NotImplemented

    def __eq__(self, other):
        trace.append("Meters.__eq__")
        if isinstance(other, Meters):
            return self.v == other.v
        return NotImplemented

print(Meters(1) < Meters(2))
print(trace); trace.clear()
print(5 < Meters(7))
print(trace); trace.clear()
try:
    Meters(3) < 5
except TypeError as e:
    print("TypeError:", e)
print(trace); trace.clear()
print(Meters(3) == Meters(3))
print(trace); trace.clear()
print(Meters(3) == 3)
print(trace); trace.clear()
print(3 == Meters(3))
print(trace); trace.clear()
print(Meters(3) != Meters(4))
print(trace); trace.clear()

class Feet:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        trace.append("Feet.__lt__")
        return NotImplemented

    def __gt__(self, other):
        trace.append("Feet.__gt__")
        return self.v * 0.3 > other.v

print(Feet(10) > Meters(2))
print(trace); trace.clear()
print(Meters(2) < Feet(10))
print(trace); trace.clear()
try:
    Meters(1) < "x"
except TypeError as e:
    print("TypeError:", e)
print(trace); trace.clear()
