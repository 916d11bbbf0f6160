def short():
    yield 1
    yield 2


g = short()
print(next(g, "done"))
print(next(g, "done"))
print(next(g, "done"))
print(next(g, "done"))
print(next(g, None))

empty = (x for x in [])
print(next(empty, "empty"))


def find_first(items, pred):
    return next((x for x in items if pred(x)), None)


print(find_first([3, 8, 11, 14], lambda x: x % 2 == 0))
print(find_first([3, 5, 7], lambda x: x % 2 == 0))
print(find_first("hello world", str.isspace) == " ")

it = iter(short())
print(next(it), next(it), next(it, -1))

g2 = short()
try:
    while True:
        print("got", next(g2))
except StopIteration:
    print("exhausted")
