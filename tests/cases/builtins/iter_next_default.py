# iter/next with defaults and StopIteration
it = iter([1, 2, 3])
print(next(it), next(it), next(it))
print(next(it, "fallback"))
print(next(it, None))
s = iter("ab")
print(next(s), next(s), next(s, "-"))
d = iter({"x": 1, "y": 2})
print(list(d))
r = iter(range(0, 10, 4))
print(list(r), list(r))
t = iter((5,))
print(next(t))
try:
    next(t)
except StopIteration as e:
    print("StopIteration", repr(e), repr(str(e)))
gen = (x * x for x in range(3))
print(next(gen), list(gen))
it2 = iter([10, 20])
print(iter(it2) is it2)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
