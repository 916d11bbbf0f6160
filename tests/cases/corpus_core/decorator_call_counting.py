def count_calls(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__name__ = fn.__name__
    return wrapper

def trace(fn):
    depth = [0]
    def wrapper(*args):
        indent = "  " * depth[0]
        print(f"{indent}-> {fn.__name__}{args}")
        depth[0] += 1
        result = fn(*args)
        depth[0] -= 1
        print(f"{indent}<- {fn.__name__} = {result}")
        return result
    return wrapper

@count_calls
def greet(name, punctuation="!"):
    return f"Hello, {name}{punctuation}"

print(greet("Ann"), greet("Bo", punctuation="?"), greet("Cy", "."))
print(greet.__name__, "called", greet.calls, "times")

@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print("fact(4) =", fact(4))

@trace
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
gcd(48, 18)

@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15), "calls:", fib.calls)

def repeat(times):
    def decorator(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator

@repeat(3)
def shout(word):
    return word.upper()
print(shout("hey"))

def stacked(fn):
    return count_calls(repeat(2)(fn))
@stacked
def ping():
    return "pong"
print(ping(), ping(), ping.calls, ping.__name__)
