def compute(xs):
    total = 0
    for x in xs:
        yield x
        total += x
    return total


g = compute([1, 2, 3])
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
    print("args:", e.args)

g = compute([])
try:
    next(g)
except StopIteration as e:
    print("empty value:", e.value)


def no_return():
    yield 1


g = no_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("no return value:", e.value, e.args)

print(list(compute([5, 6])))


def drive(gen):
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as stop:
            return items, stop.value


print(drive(compute([10, 20, 30])))
print(drive(compute(range(4))))


def early(limit):
    for i in range(10):
        if i == limit:
            return f"stopped at {i}"
        yield i


print(drive(early(3)))
print(drive(early(0)))
