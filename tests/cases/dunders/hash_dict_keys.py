class Coord:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Coord) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"C({self.x},{self.y})"

grid = {Coord(0, 0): "origin", Coord(1, 2): "tree"}
print(grid[Coord(0, 0)])
print(grid[Coord(1, 2)])
print(Coord(5, 5) in grid)
print(grid.get(Coord(9, 9), "nothing"))
grid[Coord(0, 0)] = "start"
print(len(grid), grid)
seen = set()
for c in [Coord(1, 1), Coord(2, 2), Coord(1, 1), Coord(2, 2), Coord(3, 1)]:
    if c in seen:
        print("dup", c)
    seen.add(c)
print(len(seen))
print(sorted(seen, key=lambda c: (c.x, c.y)))
print(hash(Coord(3, 4)) == hash(Coord(3, 4)))
print(Coord(1, 2) in {Coord(1, 2)})
counts = {}
for c in [Coord(0, 1), Coord(0, 1), Coord(1, 0)]:
    counts[c] = counts.get(c, 0) + 1
print(counts)

class ConstHash:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return self.v == other.v

    def __repr__(self):
        return f"K{self.v}"

d = {ConstHash(1): "a", ConstHash(2): "b", ConstHash(1): "c"}
print(d)
print(hash(ConstHash(99)))
print(len({ConstHash(i % 3) for i in range(10)}))
