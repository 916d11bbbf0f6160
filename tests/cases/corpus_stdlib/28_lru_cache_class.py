"""Hand-rolled LRU cache with OrderedDict plus a timing-free memo decorator."""
from collections import OrderedDict
from functools import wraps
from typing import Any, Callable, Hashable, Optional


class LRUCache:
    def __init__(self, capacity: int):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data: "OrderedDict[Hashable, Any]" = OrderedDict()
        self.hits = self.misses = self.evictions = 0

    def get(self, key: Hashable, default: Optional[Any] = None) -> Any:
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key: Hashable, value: Any) -> None:
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            self.evictions += 1
            print(f"    evicted {old!r}")

    def __repr__(self) -> str:
        return f"LRUCache({list(self.data.items())})"


def memoize(cache: LRUCache) -> Callable:
    def deco(fn):
        @wraps(fn)
        def inner(*args):
            sentinel = object()
            hit = cache.get(args, sentinel)
            if hit is not sentinel:
                return hit
            cache.put(args, result := fn(*args))
            return result
        return inner
    return deco


c = LRUCache(3)
c.put("a", 1); c.put("b", 2); c.put("c", 3)
print("get a:", c.get("a"))
c.put("d", 4)
print("get b:", c.get("b"))
print(c)
c.put("c", 30)
c.put("e", 5)
print(c, "hits", c.hits, "misses", c.misses, "evictions", c.evictions)

shared = LRUCache(4)


@memoize(shared)
def slow_square(n: int) -> int:
    print(f"    computing {n}^2")
    return n * n


for n in [2, 3, 2, 4, 5, 6, 2, 3]:
    print(f"slow_square({n}) = {slow_square(n)}")
print("stats:", shared.hits, shared.misses, shared.evictions, "|", slow_square.__name__)

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print("order:", "".join(od), "| popitem:", od.popitem(), "| eq ignores order for dict:", od == dict.fromkeys("eacd"))
try:
    LRUCache(0)
except ValueError as e:
    print(type(e).__name__, e)
