import functools
from functools import reduce, partial, lru_cache, cache, wraps, cmp_to_key, total_ordering, cached_property
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6)), reduce(operator.add, [], 0), reduce(max, [3, 9, 2]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)

def power(base, exp=2, *, mod=None):
    return pow(base, exp, mod)

square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=5)
print(square(7), cube_mod(4), partial(power, 2)(10), partial(partial(power, 3), exp=3)())
p = partial(power, 2, mod=7)
print(p.func is power, p.args, p.keywords, p(5))
basetwo = partial(int, base=2)
print(basetwo("10010"))

calls = []

@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), len(calls), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x

calls.clear()
print([sq(1), sq(2), sq(1), sq(3), sq(2)], calls, sq.cache_info())

@lru_cache
def plain(x):
    return x + 1

@cache
def total(*xs, scale=1):
    return sum(xs) * scale

print(plain(1), plain(1), plain.cache_info().hits, total(1, 2), total(1, 2, scale=3), total.cache_info().currsize)

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return func(*args, **kwargs)
    return wrapper

@logged
def greet(name):
    """Say hello."""
    return f"hello {name}"

print(greet("ada"), greet.__name__, greet.__doc__, greet.__wrapped__("bob"))

def compare(a, b):
    return (a > b) - (a < b)

print(sorted([5, 2, 9, 1], key=cmp_to_key(compare)), sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(b) - len(a))))

@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return f"v{self.major}.{self.minor}"

a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == Version(1, 2), sorted([b, a]), max(a, b))

class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0
    @cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r ** 2

c = Circle(2)
print(c.area, c.area, c.computed)

class Calc:
    @functools.lru_cache(maxsize=None)
    def double(self, x):
        return 2 * x

print(Calc().double(4))
