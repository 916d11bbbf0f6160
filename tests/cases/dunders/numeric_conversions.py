# int()/float()/round()/divmod()/abs() through special methods.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __int__(self):
        return self.cents // 100

    def __float__(self):
        return self.cents / 100

    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(self.cents / 100)
        return Money(round(self.cents, ndigits - 2 if ndigits < 2 else 0))

    def __divmod__(self, other):
        q, r = divmod(self.cents, other)
        return Money(q), Money(r)

    def __rdivmod__(self, other):
        return divmod(other, self.cents)

    def __abs__(self):
        return Money(abs(self.cents))

    def __repr__(self):
        return f"Money({self.cents})"


m = Money(1299)
print(int(m), float(m), round(m), round(Money(-1250)))
print(divmod(m, 4), divmod(10000, m), abs(Money(-5)))


class Index:
    def __index__(self):
        return 3


print(float(Index()), int(Index()), [10, 20, 30, 40][Index()], "abcdef"[Index()])


class BadFloat:
    def __float__(self):
        return 1


class Nothing:
    pass


for label, f in [("bad float", lambda: float(BadFloat())), ("int of nothing", lambda: int(Nothing())),
                 ("float of nothing", lambda: float(Nothing())), ("round of nothing", lambda: round(Nothing())),
                 ("divmod", lambda: divmod(Nothing(), 2))]:
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)


class MyInt(int):
    def double(self):
        return MyInt(self * 2)


x = MyInt(21)
print(x, x.double(), int(x) + 1, float(x), x + 1, type(x + 1).__name__, x == 21)
