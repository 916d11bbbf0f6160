calls = []

def traced(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    return wrapper

def times(n):
    def deco(fn):
        def wrapper(self, x):
            return [fn(self, x) for _ in range(n)]
        return wrapper
    return deco

class Calc:
    def __init__(self, base):
        self.base = base

    @traced
    def add(self, x):
        return self.base + x

    @traced
    def mul(self, x, y=1):
        return self.base * x * y

    @times(3)
    def tag(self, x):
        self.base += 1
        return f"{x}{self.base}"

    @staticmethod
    @traced
    def helper(v):
        return v * 2

c = Calc(10)
print(c.add(5))
print(c.mul(2, y=3))
print(c.mul(4))
print(c.tag("t"))
print(c.base)
print(Calc.helper(21))
print(c.helper(1))
print(calls)
print(Calc.add.__name__)
print(c.add.__name__)

def validate_positive(method):
    def wrapper(self, amount):
        if amount <= 0:
            raise ValueError(f"{method.__name__}: amount must be positive, got {amount}")
        return method(self, amount)
    return wrapper

class Wallet:
    def __init__(self):
        self.balance = 0

    @validate_positive
    def deposit(self, amount):
        self.balance += amount
        return self.balance

w = Wallet()
print(w.deposit(5))
try:
    w.deposit(-2)
except ValueError as e:
    print("ValueError:", e)
print(w.balance)
