trace = []

class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __add__(self, other):
        trace.append("add")
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        trace.append("radd")
        return self.__add__(other)

    def __mul__(self, k):
        trace.append("mul")
        if isinstance(k, int):
            return Money(self.cents * k)
        return NotImplemented

    def __rmul__(self, k):
        trace.append("rmul")
        return self * k

    def __rsub__(self, other):
        trace.append("rsub")
        return Money(other - self.cents)

    def __rtruediv__(self, other):
        trace.append("rtruediv")
        return other / self.cents

    def __rpow__(self, other):
        trace.append("rpow")
        return other ** (self.cents % 5)

print(Money(5) + Money(7))
print(Money(5) + 3)
print(3 + Money(5))
print(trace); trace.clear()
print(sum([Money(1), Money(2), Money(3)]))
print(trace); trace.clear()
print(sum([Money(10)], Money(5)))
print(4 * Money(25))
print(Money(25) * 4)
print(trace); trace.clear()
print(100 - Money(30))
print(10 / Money(4))
print(2 ** Money(13))
print(trace); trace.clear()
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + Money(1)
except TypeError as e:
    print("TypeError:", e)
print(trace); trace.clear()
try:
    Money(1) * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    Money(3) - 1
except TypeError as e:
    print("TypeError:", e)
print(trace)
