def make_counter_gens():
    gens = []
    for i in range(3):
        def g(i=i):
            for j in range(i + 1):
                yield (i, j)
        gens.append(g())
    return gens


for g in make_counter_gens():
    print(list(g))


def multiplier_gen(factor):
    def inner(values):
        for v in values:
            yield v * factor
    return inner


double = multiplier_gen(2)
triple = multiplier_gen(3)
print(list(double([1, 2, 3])))
print(list(triple(range(4))))

state = {"calls": 0}


def counted(n):
    for i in range(n):
        state["calls"] += 1
        yield i


g = counted(5)
print(state["calls"])
next(g)
next(g)
print(state["calls"])
list(g)
print(state["calls"])


def gen_with_local_state():
    history = []
    while True:
        item = yield list(history)
        history.append(item)


h = gen_with_local_state()
print(next(h))
print(h.send("a"))
print(h.send("b"))
h.close()
print("closed")
