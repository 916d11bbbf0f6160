from collections import OrderedDict
from typing import Any, Callable, Dict, Hashable, Optional


class CacheStats:
    def __init__(self):
        self.hits = 0
        self.misses = 0
        self.evictions = 0

    @property
    def ratio(self) -> float:
        total = self.hits + self.misses
        return self.hits / total if total else 0.0

    def __str__(self):
        return f"hits={self.hits} misses={self.misses} evictions={self.evictions} ratio={self.ratio:.2f}"


class LRUCache:
    def __init__(self, capacity: int):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data: "OrderedDict[Hashable, Any]" = OrderedDict()
        self.stats = CacheStats()
        self.on_evict: Optional[Callable[[Hashable, Any], None]] = None

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.stats.hits += 1
            return self.data[key]
        self.stats.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        while len(self.data) > self.capacity:
            k, v = self.data.popitem(last=False)
            self.stats.evictions += 1
            if self.on_evict:
                self.on_evict(k, v)

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __getitem__(self, key):
        if key not in self.data:
            raise KeyError(key)
        return self.get(key)

    def keys(self):
        return list(self.data.keys())


def memoize(cache: LRUCache):
    def deco(fn):
        def wrapper(*args):
            sentinel = object()
            got = cache.get(args, sentinel)
            if got is not sentinel:
                return got
            result = fn(*args)
            cache.put(args, result)
            return result
        wrapper.cache = cache
        return wrapper
    return deco


evicted = []
c = LRUCache(3)
c.on_evict = lambda k, v: evicted.append((k, v))
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c.put(k, v)
print("keys:", c.keys())
print("get a:", c.get("a"))
c.put("d", 4)
print("after d:", c.keys(), "evicted:", evicted)
print("b in cache?", "b" in c, "len", len(c))
try:
    c["b"]
except KeyError as e:
    print("KeyError:", e)
c.put("c", 30)
c.put("e", 5)
print("keys:", c.keys(), "evicted:", evicted)
print(c.stats)

fib_cache = LRUCache(50)


@memoize(fib_cache)
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print("fib(30) =", fib(30))
print("fib(60) =", fib(60))
print("fib cache:", fib.cache.stats, "size", len(fib.cache))
small = LRUCache(2)
for n in [1, 2, 1, 3, 1, 2, 4, 1]:
    if small.get(n) is None:
        small.put(n, n * n)
    print(f"access {n}: keys={small.keys()}")
print(small.stats)
try:
    LRUCache(0)
except ValueError as e:
    print("error:", e)
