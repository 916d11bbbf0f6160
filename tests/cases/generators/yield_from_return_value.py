def accumulate(label):
    total = 0
    while True:
        value = yield
        if value is None:
            return total
        print(f"  {label} got {value}")
        total += value


def collect_groups(results):
    while True:
        name = yield
        if name is None:
            return
        print("group", name)
        total = yield from accumulate(name)
        print("group", name, "total", total)
        results[name] = total


results = {}
g = collect_groups(results)
next(g)
for name, values in [("x", [1, 2, 3]), ("y", [10, 20])]:
    g.send(name)
    for v in values:
        g.send(v)
    g.send(None)
try:
    g.send(None)
except StopIteration as e:
    print("collector stopped, value", e.value)
print(results)


def sub():
    yield 1
    return "sub-result"


def wrapper():
    result = yield from sub()
    yield result


print(list(wrapper()))
