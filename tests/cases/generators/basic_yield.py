def count_up(n):
    print("start")
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        i += 1
    print("end")


g = count_up(3)
print("created")
print("next ->", next(g))
print("next ->", next(g))
print("next ->", next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration, value:", e.value)

for v in count_up(2):
    print("loop got", v)

print(list(count_up(0)))


def letters():
    yield "a"
    yield "b"
    yield "c"


print(list(letters()))
print("".join(letters()))
print(tuple(letters()))
print(type(letters()).__name__)
