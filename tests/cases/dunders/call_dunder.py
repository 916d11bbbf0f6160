class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __call__(self, x):
        self.calls += 1
        return x + self.n

add5 = Adder(5)
print(add5(10))
print(add5(-5))
print(add5.calls)
print(callable(add5), callable(Adder), callable(5))
print(list(map(add5, [1, 2, 3])))
print(add5.calls)
print(sorted([3, 1, 2], key=Adder(0)))

class Compose:
    def __init__(self, *fns):
        self.fns = fns

    def __call__(self, x):
        for f in reversed(self.fns):
            x = f(x)
        return x

inc = Adder(1)
double = lambda v: v * 2
print(Compose(inc, double)(5))
print(Compose(double, inc)(5))
print(Compose()(7))

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.misses = 0

    def __call__(self, *args):
        if args not in self.cache:
            self.misses += 1
            self.cache[args] = self.fn(*args)
        return self.cache[args]

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30))
print(fib.misses)
print(type(fib).__name__)

class Kw:
    def __call__(self, *args, **kwargs):
        return f"args={args} kwargs={sorted(kwargs.items())}"

print(Kw()(1, 2, b=3, a=4))
try:
    Adder(1)()
except TypeError as e:
    print("TypeError:", e)
try:
    Compose(5)(1)
except TypeError as e:
    print("TypeError:", e)
