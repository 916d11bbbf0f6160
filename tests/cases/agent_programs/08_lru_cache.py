"""Implement an LRU cache class and a memoizing decorator built on it."""
from collections import OrderedDict
from typing import Callable, Generic, Hashable, Optional, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

_MISSING = object()


class LRUCache(Generic[K, V]):
    def __init__(self, capacity: int) -> None:
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self._store: "OrderedDict[K, V]" = OrderedDict()
        self.hits = 0
        self.misses = 0
        self.evicted: list = []

    def get(self, key: K, default: Optional[V] = None) -> Optional[V]:
        value = self._store.get(key, _MISSING)
        if value is _MISSING:
            self.misses += 1
            return default
        self.hits += 1
        self._store.move_to_end(key)
        return value

    def put(self, key: K, value: V) -> None:
        if key in self._store:
            self._store.move_to_end(key)
        self._store[key] = value
        if len(self._store) > self.capacity:
            old_key, _ = self._store.popitem(last=False)
            self.evicted.append(old_key)

    def __contains__(self, key: object) -> bool:
        return key in self._store

    def __len__(self) -> int:
        return len(self._store)

    def __getitem__(self, key: K) -> V:
        value = self.get(key, _MISSING)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def __setitem__(self, key: K, value: V) -> None:
        self.put(key, value)

    def __repr__(self) -> str:
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self._store.items())
        return f"LRUCache(cap={self.capacity}, [{items}])"

    @property
    def hit_rate(self) -> float:
        total = self.hits + self.misses
        return self.hits / total if total else 0.0


def memoize(capacity: int) -> Callable:
    def decorator(fn: Callable) -> Callable:
        cache: LRUCache = LRUCache(capacity)

        def wrapper(*args):
            if args in cache:
                return cache[args]
            cache.misses += 1
            result = fn(*args)
            cache[args] = result
            return result
        wrapper.cache = cache
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorator


cache: LRUCache[str, int] = LRUCache(3)
for key, val in [("a", 1), ("b", 2), ("c", 3)]:
    cache[key] = val
print(cache)
print("get a ->", cache.get("a"))
cache["d"] = 4
print("after inserting d:", cache)
print("get b ->", cache.get("b", -1))
cache["c"] = 30
cache["e"] = 5
print("after update c, insert e:", cache)
print("evicted so far:", cache.evicted)
try:
    cache["zzz"]
except KeyError as exc:
    print("KeyError for", exc)
print(f"hits={cache.hits} misses={cache.misses} rate={cache.hit_rate:.1%}")

calls = 0


@memoize(capacity=50)
def fib(n: int) -> int:
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(f"fib(40) = {fib(40)} with {calls} real calls")
print(f"{fib.__name__} cache size={len(fib.cache)} hits={fib.cache.hits}")
small = memoize(2)(lambda x: x * x)
for x in [1, 2, 1, 3, 2, 1]:
    small(x)
print("small cache:", small.cache, "evicted:", small.cache.evicted)
try:
    LRUCache(0)
except ValueError as exc:
    print("error:", exc)
