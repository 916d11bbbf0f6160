"""Compare memoization strategies for recursive computations."""
import sys
from functools import lru_cache, cache, wraps

call_log = {"naive": 0}


def counted(name):
    def deco(fn):
        call_log[name] = 0

        @wraps(fn)
        def wrapper(*args, **kwargs):
            call_log[name] += 1
            return fn(*args, **kwargs)
        return wrapper
    return deco


@counted("naive")
def fib_naive(n: int) -> int:
    """Plain exponential Fibonacci."""
    return n if n < 2 else fib_naive(n - 1) + fib_naive(n - 2)


@lru_cache(maxsize=32)
def fib_lru(n: int) -> int:
    return n if n < 2 else fib_lru(n - 1) + fib_lru(n - 2)


@cache
def partitions(n: int, k: int) -> int:
    """Number of ways to write n as a sum of parts <= k."""
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print("fib_naive(20) =", fib_naive(20), "calls:", call_log["naive"])
print("wrapped name/doc:", fib_naive.__name__, "|", fib_naive.__doc__)
print("fib_lru(90) =", fib_lru(90))
print("lru info:", fib_lru.cache_info())
fib_lru(50)
print("after fib_lru(50):", fib_lru.cache_info())
fib_lru.cache_clear()
print("after clear:", fib_lru.cache_info())

for n in (5, 10, 50, 100):
    print(f"p({n}) = {partitions(n, n)}")
print("partitions cache size:", partitions.cache_info().currsize)

big = fib_lru(300)
print("fib(300) digits:", len(str(big)))
print("fib(300) > sys.maxsize:", big > sys.maxsize)
print("sys.maxsize == 2**63-1:", sys.maxsize == 2 ** 63 - 1)
print("bits in fib(300):", big.bit_length())

limit = sys.getrecursionlimit()
print("recursion limit at least 1000:", limit >= 1000)


@lru_cache(maxsize=None)
def collatz_len(n: int) -> int:
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


best = max(range(1, 10000), key=collatz_len)
print("longest collatz under 10000:", best, "length", collatz_len(best))
print("typed cache distinguishes 3 and 3.0:", lru_cache(typed=True)(lambda x: type(x).__name__)(3.0))
