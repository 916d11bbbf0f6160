class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def leaves(self):
        if not self.children:
            yield self.value
        for child in self.children:
            yield from child.leaves()


c = Countdown(3)
print(list(c))
print(list(c))
for a in c:
    for b in c:
        if b < a:
            print(a, b)

t = Tree(1, [Tree(2, [Tree(4), Tree(5)]), Tree(3, [Tree(6)])])
print(list(t))
print(list(t.leaves()))
print(sum(t))
print(max(t), 5 in t, 9 in t)
print(sorted(t, reverse=True))


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __iter__(self):
        for r, row in enumerate(self.rows):
            for c, v in enumerate(row):
                yield (r, c, v)

    def column(self, idx):
        for row in self.rows:
            yield row[idx]


m = Matrix([[1, 2], [3, 4]])
print(list(m))
print(list(m.column(1)))
print({(r, c): v for r, c, v in m})
