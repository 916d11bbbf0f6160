t = tuple(range(0, 50, 5))
print("t:", t)
print("t[0], t[-1]:", t[0], t[-1])
print("t[3:6]:", t[3:6])
print("t[::3]:", t[::3])
print("t[::-1]:", t[::-1])
print("t[-4:-1]:", t[-4:-1])
print("t[8:2:-2]:", t[8:2:-2])
print("type slice:", type(t[1:2]).__name__)
print("empty slice:", t[5:5])
try:
    t[10]
except IndexError as e:
    print("oob:", type(e).__name__, e)
try:
    t["a"]
except TypeError as e:
    print("bad index:", type(e).__name__, e)
words = ("alpha", "beta", "gamma")
print("first chars:", tuple(w[0] for w in words))
print("last word reversed:", words[-1][::-1])
print("len each:", tuple(map(len, words)))
