def parse_numbers(tokens):
    for t in tokens:
        print("  parsing", t)
        yield int(t)


results = []
try:
    for n in parse_numbers(["1", "2", "three", "4"]):
        results.append(n)
except ValueError as e:
    print("error:", e)
print("partial:", results)

g = parse_numbers(["5", "x", "6"])
print(next(g))
try:
    next(g)
except ValueError as e:
    print("second next failed:", e)
print("after error:", next(g, "generator is finished"))


def checked(values):
    for v in values:
        if v < 0:
            raise ValueError(f"negative value {v}")
        yield v


total = 0
try:
    total = sum(checked([1, 2, 3, -4, 5]))
except ValueError as e:
    print("sum failed:", e)
print("total:", total)


def leaks_stop():
    yield 1
    raise StopIteration("inside")


try:
    print(list(leaks_stop()))
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause type:", type(e.__cause__).__name__)
