it = iter([1, 2])
print("next:", next(it))
print("next:", next(it))
try:
    next(it)
except StopIteration as e:
    print("exhausted:", type(e).__name__, repr(e), e.args)
print("default:", next(it, "done"))
print("default None:", next(it, None))
d = iter({"a": 1})
print("dict iter:", next(d))
try:
    next(d)
except StopIteration:
    print("dict iterator done")
s = iter("hi")
print("str iter:", next(s), next(s), next(s, "<end>"))
g = (x for x in range(2))
print("genexp:", next(g), next(g))
try:
    next(g)
except StopIteration:
    print("genexp done")
try:
    next([1, 2])
except TypeError as e:
    print("next on list:", type(e).__name__, e)
r = iter(range(3))
total = 0
while True:
    try:
        total += next(r)
    except StopIteration:
        break
print("manual loop total:", total)
