class MathUtil:
    @staticmethod
    def clamp(x, lo, hi):
        return max(lo, min(hi, x))

    @staticmethod
    def is_even(n):
        return n % 2 == 0

    def scaled(self, x):
        return MathUtil.clamp(x * self.factor, 0, 100)

    def __init__(self, factor):
        self.factor = factor

print(MathUtil.clamp(150, 0, 100))
print(MathUtil.clamp(-5, 0, 100))
print(MathUtil.clamp(42, 0, 100))
print(MathUtil.is_even(4), MathUtil.is_even(7))
m = MathUtil(3)
print(m.clamp(7, 0, 5))
print(m.is_even(10))
print(m.scaled(10), m.scaled(50), m.scaled(-1))
f = MathUtil.is_even
print(list(filter(f, range(10))))
print(type(MathUtil.__dict__["clamp"]).__name__)

class Validator:
    @staticmethod
    def check_name(name):
        if not name:
            raise ValueError("empty name")
        return name.strip().title()

    @classmethod
    def check_all(cls, names):
        out = []
        for n in names:
            try:
                out.append(cls.check_name(n))
            except ValueError as e:
                out.append(f"<{e}>")
        return out

print(Validator.check_all(["  alice ", "", "bob smith"]))
print(Validator().check_name("carol"))
