class Range3:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return Range3Iter(self.n)

class Range3Iter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * 3

r = Range3(4)
print(list(r))
print(list(r))
print([(a, b) for a in Range3(2) for b in Range3(2)])
it = iter(r)
print(type(it).__name__)
print(next(it), next(it))
print(list(it))
print(list(it))

class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a <= self.limit:
            yield a
            a, b = b, a + b

print(list(Fib(100)))
print(sum(Fib(10)))
g = iter(Fib(5))
print(type(g).__name__)
print(next(g), next(g), next(g))

class BadIter:
    def __iter__(self):
        return 42

try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)

class NoNext:
    def __iter__(self):
        return self

try:
    for x in NoNext():
        pass
except TypeError as e:
    print("TypeError:", e)
