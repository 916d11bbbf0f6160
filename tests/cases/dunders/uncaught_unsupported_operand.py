class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented

    def __repr__(self):
        return f"{self.v}m"

legs = [Meters(3), Meters(4), Meters(5)]
total = legs[0]
for leg in legs[1:]:
    total = total + leg
    print("total", total)
print(total + Meters(1))
print(total + 10)
