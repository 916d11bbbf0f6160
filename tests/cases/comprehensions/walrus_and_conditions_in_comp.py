data = [" 1", "two", "3 ", "", " 40"]
cleaned = [v for s in data if (v := s.strip())]
print("cleaned:", cleaned)
nums = [n for s in cleaned if (n := s) .isdigit()]
print("digits:", nums)
values = [int(n) for n in nums]
print("values:", values)
scaled = [(x, y) for x in values if (y := x * 3) > 5]
print("scaled > 5:", scaled)
print("last y:", y)
def first_long(words, n):
    return next((w for w in words if len(w) >= n), None)
print("first long 4:", first_long(["a", "abcd", "xyz", "abcdef"], 4))
print("first long 9:", first_long(["a"], 9))
matrix = [[1, -2], [-3, 4], [5, 6]]
print("rows all positive:", [r for r in matrix if all(x > 0 for x in r)])
print("rows any negative:", [i for i, r in enumerate(matrix) if any(x < 0 for x in r)])
print("nested conditional:", [x if x > 0 else -x for r in matrix for x in r if x % 2])
