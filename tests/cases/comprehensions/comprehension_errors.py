data = ["1", "2", "x", "4"]
try:
    nums = [int(s) for s in data]
except ValueError as e:
    print("bad int:", type(e).__name__, e)
def safe_int(s):
    try:
        return int(s)
    except ValueError:
        return None
print("safe:", [safe_int(s) for s in data])
print("filtered:", [n for n in (safe_int(s) for s in data) if n is not None])
try:
    ratios = [10 / x for x in [5, 2, 0, 1]]
except ZeroDivisionError as e:
    print("div:", type(e).__name__, e)
try:
    lookups = {k: {"a": 1}[k] for k in "ab"}
except KeyError as e:
    print("key:", type(e).__name__, e)
partial = []
try:
    for x in [3, 2, 1, 0, -1]:
        partial.append(6 // x)
except ZeroDivisionError as e:
    print("partial results before error:", partial, type(e).__name__, e)
g = (1 // x for x in [1, 0])
print("first from genexp:", next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("error raised lazily:", type(e).__name__)
