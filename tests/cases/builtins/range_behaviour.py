# range: negative step, len, indexing, slicing, in, repr
r = range(10, -10, -3)
print(r, list(r), len(r))
print(r[0], r[-1], r[2])
print(r[1:4], list(r[1:4]))
print(r[::-1], list(r[::-1]))
print(r[::2])
print(4 in r, 5 in r, -8 in r, -10 in r, 4.0 in r)
print(r.index(-2), r.count(7))
print(repr(range(5)), repr(range(1, 5)), repr(range(1, 5, 2)), str(range(0)))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 1))
print(list(range(5, 0, -1)), list(range(0, 5, -1)))
big = range(0, 10 ** 18, 3)
print(len(big), big[-1], 10 ** 18 - 1 in big, 10 ** 18 - 2 in big, big[10 ** 17])
huge = range(2 ** 70, 2 ** 70 + 10, 2)
print(huge, huge[2], list(huge)[-1], 2 ** 70 + 4 in huge)
print(r.start, r.stop, r.step)
print(list(range(-3)), list(range(-3, 3)))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    r.index(5)
except ValueError as e:
    print("ValueError:", e)
