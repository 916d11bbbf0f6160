def memoize(fn):
    cache = {}
    stats = {"hits": 0, "misses": 0}
    def wrapper(*args):
        if args in cache:
            stats["hits"] += 1
            return cache[args]
        stats["misses"] += 1
        result = fn(*args)
        cache[args] = result
        return result
    wrapper.stats = stats
    wrapper.cache = cache
    return wrapper

@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)

print(grid_paths(2, 2), grid_paths.stats)
print(grid_paths(16, 16), grid_paths.stats)
print("cache entries:", len(grid_paths.cache))

@memoize
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(15)])
print("p(100) =", partitions(100, 100))

def ttl_cache(max_uses):
    def decorator(fn):
        store = {}
        def wrapper(key):
            if key in store:
                value, uses = store[key]
                if uses < max_uses:
                    store[key] = (value, uses + 1)
                    return value, "cached"
            value = fn(key)
            store[key] = (value, 1)
            return value, "computed"
        return wrapper
    return decorator

@ttl_cache(max_uses=2)
def lookup(key):
    return len(key) * 10

for k in ["ab", "ab", "ab", "ab", "xyz", "ab", "xyz"]:
    print(k, lookup(k))

def make_key(*args, **kwargs):
    return args + tuple(sorted(kwargs.items()))
print(make_key(1, 2, b=3, a=4), make_key(), make_key(x=[1]) if False else make_key(x=1))
