def make_lru(capacity):
    store = {}
    stats = {"hits": 0, "misses": 0, "evictions": 0}

    def get(key):
        if key in store:
            value = store.pop(key)
            store[key] = value
            stats["hits"] += 1
            return value
        stats["misses"] += 1
        return None

    def put(key, value):
        if key in store:
            store.pop(key)
        elif len(store) >= capacity:
            oldest = next(iter(store))
            del store[oldest]
            stats["evictions"] += 1
            print(f"    evict {oldest!r}")
        store[key] = value

    def keys():
        return list(store)

    return get, put, keys, stats

get, put, keys, stats = make_lru(3)
ops = [("put", "a", 1), ("put", "b", 2), ("put", "c", 3), ("get", "a"), ("put", "d", 4),
       ("get", "b"), ("get", "c"), ("put", "e", 5), ("get", "a"), ("put", "c", 33), ("get", "d"), ("get", "c")]
for op in ops:
    if op[0] == "put":
        print(f"put {op[1]}={op[2]}")
        put(op[1], op[2])
    else:
        print(f"get {op[1]} -> {get(op[1])}")
    print("    order:", keys())
print(stats)
rate = stats["hits"] / (stats["hits"] + stats["misses"])
print(f"hit rate: {rate:.2%}")

def simulate(capacity, trace):
    g, p, _, s = make_lru(capacity)
    for k in trace:
        if g(k) is None:
            p(k, k.upper())
    return s["hits"], s["misses"]
trace = list("abcabdabeabfcdg")
for cap in (1, 2, 3, 4, 6):
    print("capacity", cap, simulate(cap, trace))
