trace = []

class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        trace.append(f"{type(self).__name__}.__add__")
        return Num(self.v + other.v)

    def __radd__(self, other):
        trace.append(f"{type(self).__name__}.__radd__ (Num impl)")
        return Num(other.v + self.v)

    def __repr__(self):
        return f"{type(self).__name__}({self.v})"

class Special(Num):
    def __radd__(self, other):
        trace.append("Special.__radd__")
        return Special(other.v + self.v + 1000)

class Inherits(Num):
    pass

print(Num(1) + Num(2))
print(trace); trace.clear()
print(Num(1) + Special(2))
print(trace); trace.clear()
print(Special(2) + Num(1))
print(trace); trace.clear()
print(Num(1) + Inherits(2))
print(trace); trace.clear()
print(Inherits(1) + Num(2))
print(trace); trace.clear()

class Left:
    def __add__(self, other):
        trace.append("Left.__add__")
        return NotImplemented

class Right:
    def __radd__(self, other):
        trace.append("Right.__radd__")
        return "right wins"

print(Left() + Right())
print(trace); trace.clear()
try:
    Right() + Left()
except TypeError as e:
    print("TypeError:", e)
print(trace); trace.clear()
