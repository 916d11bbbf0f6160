class Scope:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name)
        return False


def find(items, target):
    with Scope("search"):
        for i, x in enumerate(items):
            if x == target:
                return i
        return -1


print("found at", find([5, 6, 7], 6))
print("found at", find([5, 6, 7], 9))

for n in range(5):
    with Scope(f"iter{n}"):
        if n == 1:
            continue
        if n == 3:
            break
        print("body", n)
print("loop done")


def nested_return():
    with Scope("outer"):
        with Scope("inner"):
            return "value from inner"


print(nested_return())


def with_finally():
    try:
        with Scope("w"):
            return "returned"
    finally:
        print("finally after exit")


print(with_finally())
