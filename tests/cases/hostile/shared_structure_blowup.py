# Walking a shared structure whose size doubles per level stops with a clean error (CPython
# would take hours); shared and self-referencing structures stay fine otherwise.
a = [1]
for _ in range(30):
    a.append(a)
print(len(a), a == a, a in [a], len(str(a)))
d = {}
d["self"] = d
print(d)
t = (1,)
for _ in range(12):
    t = (t, t)
print(hash(t) == hash(t), len(str(t)))
