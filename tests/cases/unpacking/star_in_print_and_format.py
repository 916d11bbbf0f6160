row = ["id", 42, 3.5, None]
print(*row)
print(*row, sep=",")
print(*row, sep="", end="|\n")
print("{} {} {} {}".format(*row))
print("{0}-{1}".format(*"xy"))
print("{name}:{age}".format(**{"name": "ann", "age": 31}))
coords = [(1, 2), (3, 4)]
for c in coords:
    print("x=%d y=%d" % c)
print("%s and %s" % tuple(["a", "b"]))
print("%(k)s=%(v)s" % {"k": "key", "v": "val"})
fields = {"a": 1, "b": 2}
print(*fields)
print(*fields.values())
print(*[f"{k}={v}" for k, v in fields.items()], sep="; ")
print(*range(3), *"ab", sep="/")
matrix = [[1, 2, 3], [4, 5, 6]]
for r in matrix:
    print(*r, sep="\t")
print(*zip(*matrix))
