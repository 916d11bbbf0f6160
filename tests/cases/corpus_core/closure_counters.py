def make_counter(start=0, step=1):
    count = start
    def increment():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    def peek():
        return count
    return increment, reset, peek

inc, reset, peek = make_counter()
print([inc() for _ in range(5)], peek())
reset()
print(peek(), inc(), inc())
inc10, _, peek10 = make_counter(100, 10)
print(inc10(), inc10(), peek10(), peek())

def make_accumulator():
    history = []
    def add(x):
        history.append(x)
        return sum(history)
    return add, history

add, hist = make_accumulator()
for x in [5, 10, -3, 8]:
    print("running total:", add(x))
print("history:", hist)

adders = [lambda x, n=n: x + n for n in range(4)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(4)]
print([f(10) for f in late])

def make_multiplier(factor):
    def mul(x):
        return x * factor
    mul.factor = factor
    return mul
double, triple = make_multiplier(2), make_multiplier(3)
print(double(21), triple("ab"), double.factor, triple.__name__)
compose = lambda f, g: lambda x: f(g(x))
six_x = compose(double, triple)
print(six_x(7), compose(str, abs)(-42) + "!")

def bank_account(balance):
    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            return f"rejected deposit {amount}"
        balance += amount
        return f"deposited {amount}, balance {balance}"
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return f"insufficient: have {balance}, need {amount}"
        balance -= amount
        return f"withdrew {amount}, balance {balance}"
    return {"deposit": deposit, "withdraw": withdraw, "balance": lambda: balance}
acct = bank_account(50)
for action, amt in [("deposit", 25), ("withdraw", 100), ("withdraw", 30), ("deposit", -5)]:
    print(acct[action](amt))
print("final:", acct["balance"]())
