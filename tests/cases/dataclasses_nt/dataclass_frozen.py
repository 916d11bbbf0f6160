from dataclasses import dataclass, FrozenInstanceError


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float


c = Coord(52.5, 13.4)
print(c)
try:
    c.lat = 0.0
except FrozenInstanceError as e:
    print("caught", type(e).__name__)
try:
    del c.lon
except FrozenInstanceError as e:
    print("caught on delete", type(e).__name__)
print(issubclass(FrozenInstanceError, AttributeError))
try:
    c.extra = 1
except AttributeError as e:
    print("new attribute also blocked:", type(e).__name__)

print(c)
seen = {c, Coord(52.5, 13.4), Coord(48.8, 2.3)}
print(len(seen))
visits = {Coord(1.0, 2.0): "home"}
visits[Coord(1.0, 2.0)] = "still home"
visits[Coord(3.0, 4.0)] = "work"
print(len(visits), visits[Coord(1.0, 2.0)])
for k in sorted(visits, key=lambda k: k.lat):
    print(k, "->", visits[k])

moved = Coord(c.lat + 1, c.lon)
print(moved, c)
