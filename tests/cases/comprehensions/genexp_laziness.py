log = []
def track(x):
    log.append(x)
    return x
g = (track(x) * 10 for x in range(5))
print("created, log:", log)
print("first:", next(g))
print("log after one:", log)
print("second:", next(g))
print("rest:", list(g))
print("log after all:", log)
print("exhausted:", list(g))
log.clear()
found = any(track(x) > 2 for x in range(10))
print("any short-circuits:", found, log)
log.clear()
ok = all(track(x) < 3 for x in range(10))
print("all short-circuits:", ok, log)
log.clear()
lst = [track(x) for x in range(3)]
print("list comp is eager:", log)
log.clear()
def numbers():
    print("  building source")
    return range(3)
g2 = (n for n in numbers())
print("source evaluated at creation")
print("values:", list(g2))
data = [1, 2, 3]
g3 = (x * 100 for x in data)
data.append(4)
print("sees append:", list(g3))
data2 = [1, 2]
g4 = (x for x in data2)
data2 = [9, 9]
print("outer iterable bound early:", list(g4))
