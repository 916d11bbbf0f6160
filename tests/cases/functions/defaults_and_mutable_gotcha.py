def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))

def append_bad(item, bucket=[]):
    bucket.append(item)
    return bucket
print("bad 1:", append_bad(1))
print("bad 2:", append_bad(2))
print("bad 3 explicit:", append_bad(3, []))
print("bad 4:", append_bad(4))

def append_good(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print("good 1:", append_good(1))
print("good 2:", append_good(2))

counter_default = 10
def uses_default(x=counter_default):
    return x
counter_default = 99
print("default evaluated at def time:", uses_default())

def memo_fib(n, cache={0: 0, 1: 1}):
    if n not in cache:
        cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return cache[n]
print("fib 30:", memo_fib(30))
print("defaults:", append_good.__defaults__, greet.__defaults__)
