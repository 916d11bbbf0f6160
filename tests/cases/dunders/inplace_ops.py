class Bag:
    def __init__(self, items=()):
        self.items = list(items)

    def __iadd__(self, other):
        self.items.extend(other)
        return self

    def __add__(self, other):
        return Bag(self.items + list(other))

    def __isub__(self, other):
        for x in other:
            if x in self.items:
                self.items.remove(x)
        return self

    def __imul__(self, n):
        self.items = self.items * n
        return self

    def __repr__(self):
        return f"Bag({self.items})"

b = Bag([1, 2])
alias = b
b += [3, 4]
print(b, alias, b is alias)
b -= [1, 4, 99]
print(b, b is alias)
b *= 2
print(b, b is alias)
c = b + [5]
print(c, c is b)

class Counter:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return Counter(self.n + other)

    def __repr__(self):
        return f"Counter({self.n})"

x = Counter(1)
y = x
x += 5
print(x, y, x is y)

class BadIadd:
    def __iadd__(self, other):
        self.last = other

z = BadIadd()
z += 3
print(z)

class Acc:
    def __init__(self):
        self.total = 0

    def __iadd__(self, v):
        self.total += v
        return self

class Holder:
    def __init__(self):
        self.acc = Acc()
        self.vals = {"k": Acc()}

h = Holder()
h.acc += 4
h.acc += 6
h.vals["k"] += 7
print(h.acc.total, h.vals["k"].total)
lst = [Counter(0)]
lst[0] += 9
print(lst)
