def inner(tag, n):
    for i in range(n):
        yield f"{tag}{i}"
    return f"{tag} finished {n}"


def outer():
    r1 = yield from inner("a", 2)
    print("inner returned:", r1)
    r2 = yield from inner("b", 3)
    print("inner returned:", r2)
    yield "end"
    return [r1, r2]


g = outer()
out = []
while True:
    try:
        out.append(next(g))
    except StopIteration as e:
        print("outer returned:", e.value)
        break
print(out)


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8])))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)))))
print(list(chain()))
