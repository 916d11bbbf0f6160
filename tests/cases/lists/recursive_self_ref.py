a = [1, 2]
a.append(a)
print("self-ref repr:", a)
print("len:", len(a))
print("a[2] is a:", a[2] is a)
print("a[2][2][0]:", a[2][2][0])
b = [a, a]
print("b:", b)
d = {"k": []}
d["k"].append(d)
print("dict self-ref:", d)
c = [[]]
c[0].append(c)
print("indirect:", c)
