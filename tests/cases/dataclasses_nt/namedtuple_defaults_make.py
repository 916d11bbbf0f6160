from collections import namedtuple

Config = namedtuple("Config", ["host", "port", "debug"], defaults=[8080, False])
print(Config("localhost"))
print(Config("example.org", 443))
print(Config("x", debug=True))
print(Config._field_defaults)

Row = namedtuple("Row", "id, name, score")
print(Row._fields)
rows = [Row._make(line.split(",")) for line in ["1,ann,90", "2,bob,75", "3,cy,88"]]
for r in rows:
    print(r)
typed = [r._replace(id=int(r.id), score=int(r.score)) for r in rows]
print(typed)
print(sum(r.score for r in typed))
best = sorted(typed, key=lambda r: -r.score)
print([r.name for r in best])

Safe = namedtuple("Safe", ["ok", "def", "ok", "_hidden"], rename=True)
print(Safe._fields)
print(Safe(1, 2, 3, 4))

try:
    namedtuple("Bad", ["ok", "class"])
except ValueError as e:
    print("ValueError for keyword field name")

try:
    Config()
except TypeError as e:
    print("TypeError: missing host")
