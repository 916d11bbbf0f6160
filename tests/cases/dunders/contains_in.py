class Range:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi
        self.checks = 0

    def __contains__(self, x):
        self.checks += 1
        return self.lo <= x < self.hi

r = Range(10, 20)
print(10 in r, 19 in r, 20 in r, 5 in r)
print(15 not in r, 25 not in r)
print(r.checks)
print([x for x in (5, 12, 18, 30) if x in r])

class Truthy:
    def __contains__(self, x):
        return x

t = Truthy()
print(1 in t, 0 in t, "" in t, "a" in t)
print([] not in t)

class Word:
    def __init__(self, w):
        self.w = w

    def __contains__(self, ch):
        return ch.lower() in self.w.lower()

    def __iter__(self):
        raise RuntimeError("should not iterate")

w = Word("Python")
print("p" in w, "Y" in w, "z" in w)

class IterOnly:
    def __init__(self):
        self.seen = []

    def __iter__(self):
        for v in [1, 2, 3, 4]:
            self.seen.append(v)
            yield v

io = IterOnly()
print(2 in io)
print(io.seen)
print(9 in io)
print(io.seen)

class Nothing:
    pass

try:
    1 in Nothing()
except TypeError as e:
    print("TypeError:", e)
