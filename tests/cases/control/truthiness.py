values = [0, 1, -1, 0.0, 0.5, "", " ", "0", [], [0], (), (None,), {}, {"": 0}, set(), None, True, False, range(0), range(1)]
for v in values:
    print(repr(v), "->", bool(v))
print("len-based:", [bool(x) for x in ["", "a", [], [[]]]])
count = 0
for v in values:
    if v:
        count += 1
print("truthy count:", count)
print("filter None:", list(filter(None, values)))
print("all truthy:", all(["a", 1, [0]]), "any falsy-only:", any([0, "", None]))
print("bool(0j):", bool(0j), "bool(1j):", bool(1j))
print("True + True:", True + True, "True * 3:", True * 3)
print("sum bools:", sum([True, False, True, True]))
print("int(True):", int(True), "str(False):", str(False))
print("True == 1:", True == 1, "False == 0:", False == 0)
print("not not 'x':", not not "x")
