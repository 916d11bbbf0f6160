def length(xs):
    match xs:
        case []:
            return 0
        case [_, *rest]:
            return 1 + length(rest)


def total(xs):
    match xs:
        case []:
            return 0
        case [head, *tail]:
            return head + total(tail)


def zip_lists(a, b):
    match (a, b):
        case ([x, *xs], [y, *ys]):
            return [(x, y)] + zip_lists(xs, ys)
        case _:
            return []


def merge(a, b):
    match (a, b):
        case ([], rest) | (rest, []):
            return list(rest)
        case ([x, *xs], [y, *_]) if x <= y:
            return [x] + merge(xs, b)
        case (_, [y, *ys]):
            return [y] + merge(a, ys)


def merge_sort(xs):
    match xs:
        case [] | [_]:
            return list(xs)
        case _:
            mid = len(xs) // 2
            return merge(merge_sort(xs[:mid]), merge_sort(xs[mid:]))


print(length([4, 5, 6]), length([]))
print(total([1, 2, 3, 4]))
print(zip_lists([1, 2, 3], ["a", "b"]))
print(zip_lists([1, 2], "ab"), "(a str is not a sequence pattern)")
print(merge([1, 4, 9], [2, 3, 10, 11]))
print(merge_sort([5, 2, 8, 1, 9, 3, 3, 0]))
print(merge_sort([]))
print(merge_sort(["pear", "apple", "fig"]))
