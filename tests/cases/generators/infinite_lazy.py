def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


for n in naturals(5):
    if n > 9:
        break
    print("n", n)

print(list(zip("abcde", naturals(1))))
print(list(zip(fib(), range(12))))

f = fib()
first_ten = [next(f) for _ in range(10)]
print(first_ten)
print("continues:", next(f), next(f))


def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out


print(take(5, (x * x for x in naturals())))
print(take(0, naturals()))
big = next(x for x in fib() if x > 1000)
print("first fib > 1000:", big)
print(dict(zip(["a", "b", "c"], naturals(100))))
