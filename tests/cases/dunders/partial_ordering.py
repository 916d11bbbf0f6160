quiet = False

class Score:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if not quiet:
            print(f"  __lt__({self.v}, {other.v})")
        return self.v < other.v

    def __eq__(self, other):
        return self.v == other.v

    def __repr__(self):
        return f"S{self.v}"

a, b = Score(1), Score(2)
print("a < b")
print(a < b)
print("a > b (reflected to b < a)")
print(a > b)
print("b > a")
print(b > a)
try:
    print(a <= b)
except TypeError as e:
    print("TypeError:", e)
try:
    print(a >= b)
except TypeError as e:
    print("TypeError:", e)
print(a == Score(1), a != Score(1))
quiet = True
print("sorted:")
print(sorted([Score(3), Score(1), Score(2)]))
quiet = False
print("max:")
print(max([Score(3), Score(5)]))

class OnlyGt:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return f"G{self.v}"

print(sorted([OnlyGt(2), OnlyGt(1), OnlyGt(3)]))
print(OnlyGt(1) < OnlyGt(2))
print(min(OnlyGt(9), OnlyGt(4)))
