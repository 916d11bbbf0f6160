def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
print("inc:", inc(), inc(), inc(5))
print("get:", get())
inc2, get2 = make_counter(100)
inc2()
print("independent:", get(), get2())
def make_account(balance):
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(("dep", x))
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            history.append(("denied", x))
            return balance
        balance -= x
        history.append(("wd", x))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report
dep, wd, rep = make_account(50)
print("deposit 25:", dep(25))
print("withdraw 100:", wd(100))
print("withdraw 30:", wd(30))
print("report:", rep())
def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x += 10
        inner()
        return x
    return middle()
print("nested nonlocal:", outer())
def without_nonlocal():
    n = 0
    def bump():
        try:
            n += 1
        except UnboundLocalError as e:
            return type(e).__name__
    return bump()
print("forgot nonlocal:", without_nonlocal())
