a = [1, 2]
print("a * 3:", a * 3)
print("3 * a:", 3 * a)
print("a * 0:", a * 0)
print("a * -2:", a * -2)
print("[] * 5:", [] * 5)
print("a + [3]:", a + [3])
print("a unchanged:", a)
b = [[]] * 3
b[0].append("x")
print("repeat shares inner:", b)
try:
    a + (3,)
except TypeError as e:
    print("list + tuple:", type(e).__name__, e)
try:
    a * 2.0
except TypeError as e:
    print("list * float:", type(e).__name__, e)
try:
    a + "s"
except TypeError as e:
    print("list + str:", type(e).__name__, e)
c = a
c *= 2
print("after *=, a:", a, "same:", c is a)
d = ["x"] + ["y"] * 2 + ["z"]
print("mixed expr:", d)
print("len big:", len([0] * 1000))
e = list("ab") * 2
print("strlist repeat:", e)
