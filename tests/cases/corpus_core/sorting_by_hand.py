def insertion_sort(a):
    a = list(a)
    moves = 0
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
            moves += 1
        a[j + 1] = key
    return a, moves

def merge_sort(a):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out

def quick_sort(a):
    if len(a) <= 1:
        return list(a)
    pivot = a[len(a) // 2]
    return (quick_sort([x for x in a if x < pivot]) + [x for x in a if x == pivot]
            + quick_sort([x for x in a if x > pivot]))

def quick_sort_inplace(a, lo=0, hi=None):
    if hi is None:
        hi = len(a) - 1
    if lo >= hi:
        return a
    p = a[hi]
    i = lo
    for j in range(lo, hi):
        if a[j] < p:
            a[i], a[j] = a[j], a[i]
            i += 1
    a[i], a[hi] = a[hi], a[i]
    quick_sort_inplace(a, lo, i - 1)
    quick_sort_inplace(a, i + 1, hi)
    return a

def bubble_sort(a):
    a = list(a)
    passes = 0
    swapped = True
    while swapped:
        swapped = False
        passes += 1
        for i in range(len(a) - 1 - passes + 1):
            if a[i] > a[i + 1]:
                a[i], a[i + 1] = a[i + 1], a[i]
                swapped = True
    return a, passes

seed = 12345
data = []
for _ in range(25):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    data.append(seed % 100)
print("data:", data)
expected = sorted(data)
ins, moves = insertion_sort(data)
bub, passes = bubble_sort(data)
print("insertion:", ins == expected, "moves", moves)
print("bubble:   ", bub == expected, "passes", passes)
print("merge:    ", merge_sort(data) == expected)
print("quick:    ", quick_sort(data) == expected)
print("inplace:  ", quick_sort_inplace(list(data)) == expected)
print("sorted:", expected)
print("desc:", sorted(data, reverse=True)[:10])
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(merge_sort(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)))
print(quick_sort([3.5, -1, 2, 2.0, 0]), merge_sort([]), insertion_sort([1]))
