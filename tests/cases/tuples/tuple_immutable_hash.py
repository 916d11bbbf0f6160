t1 = (1, 2, 3)
t2 = (1, 2, 3)
print("equal:", t1 == t2)
print("hash equal:", hash(t1) == hash(t2))
print("hash int tuple stable:", hash((1, 2)) == hash((1, 2)))
d = {t1: "first"}
d[t2] = "second"
print("same key:", d)
t3 = (1, [2])
try:
    hash(t3)
except TypeError as e:
    print("unhashable tuple:", type(e).__name__, e)
try:
    {t3}
except TypeError as e:
    print("set of it:", type(e).__name__, e)
t = (1, 2)
u = t
t += (3,)
print("t:", t, "u:", u, "t is u:", t is u)
v = t * 1
print("t*1 equal:", v == t)
print("len (()):", len(()), "bool:", bool(()), bool((0,)))
print("tuple in tuple:", (1, 2) in ((1, 2), (3, 4)))
print("count nested:", ((1,), (1,), 1).count((1,)))
