nums = [3, 1, 4, 1, 5, 9, 2, 6]
g = (n * 2 for n in nums if n > 2)
print(type(g).__name__)
print(list(g))
print(sum(n for n in nums))
print(max((n for n in nums), default=0))
print(max((n for n in []), default="empty"))
print(list((x, y) for x in range(3) for y in "ab" if x != 1))
print(",".join(str(n) for n in sorted(nums)))
print(dict((n, n * n) for n in range(4)))

lazy = (print("evaluating", n) or n for n in range(3))
print("genexp created")
print(next(lazy))
print(list(lazy))

matrix = [[1, 2, 3], [4, 5, 6]]
print(list(sum(row) for row in matrix))
print(list(list(r[i] for r in matrix) for i in range(3)))

x = 10
gen = (x + i for i in range(3))
x = 20
print(list(gen))

src = [1, 2, 3]
gen = (v for v in src)
src.append(4)
print(list(gen))
