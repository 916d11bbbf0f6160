def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = averager()
print("primed:", next(avg))
for v in [10, 20, 30, 5, 35]:
    print("send", v, "->", avg.send(v))


def running_stats():
    values = []
    result = None
    while True:
        x = yield result
        if x == "reset":
            values = []
            result = None
            continue
        values.append(x)
        result = (len(values), min(values), max(values))


s = running_stats()
next(s)
print(s.send(4))
print(s.send(9))
print(s.send(1))
print(s.send("reset"))
print(s.send(7))

g = averager()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
print(g.send(None))
