a = [1, 2, 3, 4, 5]
a.reverse()
print("reversed in place:", a)
print("reversed():", list(reversed(a)))
print("a unchanged:", a)

b = a.copy()
b.append(6)
print("a:", a)
print("b:", b)
print("a is b:", a is b)
print("a == b[:5]:", a == b[:5])

nested = [[1, 2], [3, 4]]
shallow = nested.copy()
shallow[0].append(99)
shallow.append([5])
print("nested after shallow mutate:", nested)
print("shallow:", shallow)

c = a
c.clear()
print("a after c.clear():", a)
print("len:", len(a))

d = [1, 2, 3]
e = d[:]
d.clear()
print("slice copy survives clear:", e)

f = list(e)
f.reverse()
print("f:", f, "e:", e)

g = []
g.reverse()
print("empty reverse:", g)
