def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print("factorials:", [fact(i) for i in range(10)])
print("fact 25:", fact(25))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print("fibs:", [fib(i) for i in range(15)])
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)
hanoi(3, "A", "C", "B")
print("hanoi 3 moves:", len(moves))
for m in moves:
    print("  move disk %d %s->%s" % m)
def power(b, e):
    if e == 0:
        return 1
    half = power(b, e // 2)
    return half * half * (b if e % 2 else 1)
print("2^10:", power(2, 10), "3^13:", power(3, 13))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print("gcd:", gcd(1071, 462))
def binsearch(xs, t, lo=0, hi=None):
    if hi is None:
        hi = len(xs) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == t:
        return mid
    return binsearch(xs, t, mid + 1, hi) if xs[mid] < t else binsearch(xs, t, lo, mid - 1)
xs = list(range(0, 100, 7))
print("binsearch 49:", binsearch(xs, 49), "50:", binsearch(xs, 50))
