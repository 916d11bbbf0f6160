def divmod_manual(a, b):
    q = a // b
    return q, a - q * b

print("divmod_manual(17, 5):", divmod_manual(17, 5))
print("divmod(17, 5):", divmod(17, 5))
print("divmod(-17, 5):", divmod(-17, 5))
print("divmod(17, -5):", divmod(17, -5))
q, r = divmod(100, 7)
print("q, r:", q, r)

def stats(xs):
    n = len(xs)
    mean = sum(xs) / n
    return n, mean, min(xs), max(xs)

n, mean, lo, hi = stats([2, 4, 4, 4, 5, 5, 7, 9])
print(f"n={n} mean={mean} lo={lo} hi={hi}")
result = stats([1, 2])
print("result:", result, "len", len(result))

def split_name(full):
    parts = full.split()
    return parts[0], " ".join(parts[1:])

for full in ["Ada Lovelace", "Guido van Rossum", "Plato"]:
    f, l = split_name(full)
    print(repr(f), repr(l))

def none_or_pair(flag):
    if flag:
        return 1, 2
    return None

print("pair:", none_or_pair(True), "none:", none_or_pair(False))
