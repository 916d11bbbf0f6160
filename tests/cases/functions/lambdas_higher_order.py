nums = [5, 2, 8, 1, 9, 3]
print("map:", list(map(lambda x: x * 10, nums)))
print("filter:", list(filter(lambda x: x % 2, nums)))
print("sorted key:", sorted(nums, key=lambda x: -x))
print("map two:", list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print("map str:", list(map(str, nums)))
print("map int:", list(map(int, "1 2 3".split())))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print("apply_n double 5:", apply_n(lambda v: v * 2, 5, 1))
def my_reduce(fn, seq, init):
    acc = init
    for v in seq:
        acc = fn(acc, v)
    return acc
print("reduce sum:", my_reduce(lambda a, b: a + b, nums, 0))
print("reduce max:", my_reduce(lambda a, b: a if a > b else b, nums, nums[0]))
print("reduce concat:", my_reduce(lambda a, b: a + str(b), nums, ""))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in "+-*":
    print("10", sym, "3 =", ops[sym](10, 3))
print("immediately invoked:", (lambda x, y=2: x ** y)(7))
print("lambda name:", (lambda: 0).__name__)
curry = lambda a: lambda b: lambda c: a + b + c
print("curried:", curry(1)(2)(3))
key_fns = [len, str.lower, lambda s: s[-1]]
words = ["Banana", "apple", "Fig"]
for kf in key_fns:
    print("sorted by", getattr(kf, "__name__", "?"), ":", sorted(words, key=kf))
