records = ["10", "20", "x", "30", "", "40", "5o"]
good, bad = [], []
for i, r in enumerate(records):
    try:
        good.append(int(r))
    except ValueError as e:
        bad.append((i, str(e)))
        continue
    finally:
        pass
print("good:", good)
for i, msg in bad:
    print("bad", i, msg)
print("sum good:", sum(good))
def safe_ratio(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    except TypeError:
        return None
pairs = [(1, 2), (3, 0), ("a", 1), (9, 3)]
print("ratios:", [safe_ratio(a, b) for a, b in pairs])
errors = {}
def tally(fn, *args):
    try:
        return fn(*args)
    except Exception as e:
        name = type(e).__name__
        errors[name] = errors.get(name, 0) + 1
        return None
inputs = ["3", "x", "7", "", "2.5"]
print("parsed:", [tally(int, s) for s in inputs])
print("lookups:", [tally(lambda k: {"a": 1}[k], k) for k in "aab"])
print("indexes:", [tally(lambda i: [0, 1][i], i) for i in range(4)])
print("error tally:", errors)
