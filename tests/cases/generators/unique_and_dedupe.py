def unique(iterable, key=None):
    seen = []
    for item in iterable:
        k = item if key is None else key(item)
        if k not in seen:
            seen.append(k)
            yield item


def run_lengths(iterable):
    it = iter(iterable)
    try:
        current = next(it)
    except StopIteration:
        return
    count = 1
    for item in it:
        if item == current:
            count += 1
        else:
            yield current, count
            current, count = item, 1
    yield current, count


print(list(unique([3, 1, 3, 2, 1, 4])))
print(list(unique("mississippi")))
print(list(unique(["Apple", "apple", "BANANA", "banana", "cherry"], key=str.lower)))
print(list(run_lengths("aaabccdddd")))
print(list(run_lengths([])))
print(list(run_lengths([1, 1, 2, 1])))
encoded = "".join(f"{c}{n}" for c, n in run_lengths("wwwwbbbwwx"))
print(encoded)


def decode(pairs):
    for c, n in pairs:
        for _ in range(n):
            yield c


print("".join(decode(run_lengths("wwwwbbbwwx"))))
print(list(unique(x % 4 for x in range(20))))
