names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
for i, n in enumerate(names):
    print("enum", i, n)
for i, n in enumerate(names, start=10):
    print("enum10", i, n)
for n, a in zip(names, ages):
    print("zip", n, a)
z = list(zip(names, ages))
print("zipped:", z)
unz_names, unz_ages = zip(*z)
print("unzipped:", unz_names, unz_ages)
print("zip uneven:", list(zip([1, 2, 3], "ab")))
print("zip three:", list(zip("ab", "cd", "ef")))
print("zip none:", list(zip()))
print("dict from zip:", dict(zip(names, ages)))
oldest = max(zip(ages, names))
print("oldest:", oldest)
triples = list(zip(range(3), names, ages))
for idx, (i, n, a) in enumerate(triples):
    print("triple", idx, i, n, a)
print("enumerate list:", list(enumerate("xy")))
