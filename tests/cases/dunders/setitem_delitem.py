class Registry:
    def __init__(self):
        self._data = {}
        self.ops = []

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f"keys must be str, not {type(key).__name__}")
        self.ops.append(f"set {key}")
        self._data[key.lower()] = value

    def __getitem__(self, key):
        self.ops.append(f"get {key}")
        return self._data[key.lower()]

    def __delitem__(self, key):
        self.ops.append(f"del {key}")
        del self._data[key.lower()]

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key.lower() in self._data

r = Registry()
r["Alpha"] = 1
r["BETA"] = 2
r["alpha"] = 10
print(r["ALPHA"], r["beta"])
print(len(r))
print("Beta" in r, "gamma" in r)
del r["Beta"]
print(len(r), "beta" in r)
try:
    del r["nope"]
except KeyError as e:
    print("KeyError:", e)
try:
    r[5] = "x"
except TypeError as e:
    print("TypeError:", e)
r["count"] = 0
r["count"] += 5
r["count"] *= 2
print(r["count"])
print(r.ops)

class Grid:
    def __init__(self, w, h):
        self.cells = [["."] * w for _ in range(h)]

    def __setitem__(self, pos, v):
        x, y = pos
        self.cells[y][x] = v

    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y][x]

    def __delitem__(self, pos):
        self[pos] = "."

g = Grid(4, 3)
g[0, 0] = "#"
g[3, 2] = "@"
g[1, 1] = "x"
del g[1, 1]
print(g[0, 0], g[3, 2], g[1, 1])
for row in g.cells:
    print("".join(row))
