def numbers():
    yield 1
    yield 2
    return "finished"


g = numbers()
print(next(g))
print(next(g))
print(next(g, "default used"))

h = numbers()
values = [next(h), next(h)]
print(values)
print(next(h))
