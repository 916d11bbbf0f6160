def batched(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def sliding(items, size):
    window = []
    for item in items:
        window.append(item)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield tuple(window)


def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur


print(list(batched(range(10), 3)))
print(list(batched([], 3)))
print(list(batched("abcdef", 2)))
print(list(sliding([1, 2, 3, 4, 5], 3)))
print(list(sliding([1, 2], 3)))
print(list(pairwise([1, 4, 9, 16])))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])
print(list(pairwise([])))
print([sum(w) / len(w) for w in sliding([2, 4, 6, 8, 10], 2)])
for i, b in enumerate(batched("generators", 4)):
    print(i, "".join(b))
