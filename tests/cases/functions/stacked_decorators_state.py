registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco
@register("sq")
def square(x):
    return x * x
@register("neg")
def negate(x):
    return -x
print("registered:", sorted(registry))
for name in sorted(registry):
    print(name, registry[name](7))
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
calls = []
@memoize
def slow_fib(n):
    calls.append(n)
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print("fib 25:", slow_fib(25))
print("calls made:", len(calls))
print("cache size:", len(slow_fib.cache))
print("fib 26:", slow_fib(26), "calls now:", len(calls))
def bounded(lo, hi):
    def deco(fn):
        def wrapper(x):
            return max(lo, min(hi, fn(x)))
        return wrapper
    return deco
@bounded(0, 100)
@memoize
def scale(x):
    return x * 10
print("bounded:", [scale(x) for x in [-5, 3, 50]])
