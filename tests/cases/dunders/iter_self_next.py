class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(5)))
c = Countdown(3)
print(next(c))
print(next(c))
print(list(c))
print(list(c))
print(next(c, "done"))
for n in Countdown(2):
    print("loop", n)
print(sum(Countdown(10)))
print(sorted(Countdown(4)))
print(max(Countdown(6)), min(Countdown(6)))
print(tuple(Countdown(3)))
print(dict(zip("abc", Countdown(3))))
print(list(enumerate(Countdown(2))))
print([x * x for x in Countdown(4)])
print(3 in Countdown(5), 9 in Countdown(5))
a, b, c2 = Countdown(3)
print(a, b, c2)
it = Countdown(4)
print(iter(it) is it)
first, *rest = it
print(first, rest)
try:
    next(Countdown(0))
except StopIteration:
    print("StopIteration")
