calls = 0

def fib_naive(n):
    global calls
    calls += 1
    return n if n < 2 else fib_naive(n - 1) + fib_naive(n - 2)

memo = {0: 0, 1: 1}
def fib_memo(n):
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]

def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

for n in (5, 10, 20):
    calls = 0
    v = fib_naive(n)
    print(f"naive fib({n}) = {v} in {calls} calls")

print([fib_memo(i) for i in range(15)])
print("fib(100) =", fib_memo(100))
print("memo size:", len(memo))
print("fib(300) =", fib_iter(300))
print("digits of fib(1000):", len(str(fib_iter(1000))))
print("agree:", all(fib_memo(i) == fib_iter(i) for i in range(200)))

def make_memo(fn):
    cache = {}
    def wrapper(n):
        if n in cache:
            return cache[n]
        result = fn(n)
        cache[n] = result
        return result
    wrapper.cache = cache
    return wrapper

@make_memo
def tribonacci(n):
    if n < 3:
        return [0, 0, 1][n]
    return tribonacci(n - 1) + tribonacci(n - 2) + tribonacci(n - 3)

print([tribonacci(i) for i in range(12)])
print("trib(60) =", tribonacci(60), "cached:", len(tribonacci.cache))
even = [f for f in (fib_iter(i) for i in range(40)) if f % 2 == 0 and f < 4_000_000]
print("even fibs < 4M:", even, "sum", sum(even))
ratio = fib_iter(41) / fib_iter(40)
print(f"golden ratio approx: {ratio:.12f}")
