# User classes with operator overloading, hashing and ordering.
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel

    def step(self):
        self.pos = self.pos + self.vel
        if self.pos.norm1() > 50:
            self.vel = self.vel * -1


particles = [Particle(Vec(i % 7, i % 5), Vec(1 - i % 3, i % 2 - 1 + (i % 3 == 0))) for i in range(300)]
seen = set()
for _ in range(120):
    for p in particles:
        p.step()
    for p in particles:
        seen.add(p.pos)
cells = {}
for p in particles:
    cells[p.pos] = cells.get(p.pos, 0) + 1
print(len(seen), len(cells))
print(sorted(seen)[:5])
print(max(seen), min(seen))
