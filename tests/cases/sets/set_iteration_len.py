s = {5, 3, 8, 1}
print("sum:", sum(s), "min:", min(s), "max:", max(s), "len:", len(s))
print("sorted:", sorted(s))
print("sorted desc:", sorted(s, reverse=True))
total = 0
for x in s:
    total += x * x
print("sum squares:", total)
print("list(small ints):", list({2, 0, 1}))
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print("mutate during iter:", type(e).__name__, e)
print("any > 7:", any(x > 7 for x in s), "all > 0:", all(x > 0 for x in {1, 2, 3}))
print("len after:", len(s) >= 4)
t = {1, 2, 3}
for x in list(t):
    if x % 2:
        t.discard(x)
print("filtered:", t)
try:
    t[0]
except TypeError as e:
    print("index set:", type(e).__name__, e)
