def sum_digits(n):
    return n if n < 10 else n % 10 + sum_digits(n // 10)

def reverse(s):
    return s if len(s) <= 1 else reverse(s[1:]) + s[0]

def flatten_sum(x):
    if isinstance(x, list):
        return sum(flatten_sum(i) for i in x)
    return x

def depth_first_paths(tree, prefix=()):
    paths = []
    for key, sub in tree.items():
        path = prefix + (key,)
        if sub:
            paths.extend(depth_first_paths(sub, path))
        else:
            paths.append("/".join(path))
    return paths

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

def binary_strings(n):
    if n == 0:
        return [""]
    shorter = binary_strings(n - 1)
    return ["0" + s for s in shorter] + ["1" + s for s in shorter]

def count_change(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return count_change(amount - coins[0], coins) + count_change(amount, coins[1:])

print([sum_digits(n) for n in (0, 9, 10, 999, 123456789)])
print(reverse("recursion"), reverse(""), reverse("ab"))
print(flatten_sum([1, [2, [3, [4, [5]]]], 6, []]))
tree = {"usr": {"bin": {}, "lib": {"python": {}, "rust": {}}}, "etc": {"hosts": {}}, "tmp": {}}
for p in depth_first_paths(tree):
    print("/" + p)
print([[ackermann(m, n) for n in range(4)] for m in range(3)], ackermann(2, 3))
print(binary_strings(3))
print(count_change(100, [50, 25, 10, 5, 1]))
def hailstone(n, acc=None):
    acc = (acc or []) + [n]
    return acc if n == 1 else hailstone(n // 2 if n % 2 == 0 else 3 * n + 1, acc)
print(hailstone(6), len(hailstone(97)))
def power_set_str(s):
    if not s:
        return [""]
    rest = power_set_str(s[1:])
    return rest + [s[0] + r for r in rest]
print(sorted(power_set_str("abc")))
def gcd_steps(a, b, steps=0):
    return (a, steps) if b == 0 else gcd_steps(b, a % b, steps + 1)
print(gcd_steps(1071, 462), gcd_steps(89, 55))
