def logged(fn):
    def wrapper(*args, **kwargs):
        print(f"  calling {fn.__name__} args={args} kwargs={kwargs}")
        result = fn(*args, **kwargs)
        print(f"  {fn.__name__} returned {result!r}")
        return result
    return wrapper
@logged
def add(a, b):
    return a + b
@logged
def greet(name, greeting="hi"):
    return f"{greeting} {name}"
print("add:", add(2, 3))
print("greet:", greet("bob", greeting="yo"))
print("wrapper name:", add.__name__)
def preserve(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper
@preserve
def documented():
    "I have docs"
    return 1
print("preserved:", documented.__name__, documented.__doc__)
def count_calls(fn):
    calls = 0
    def wrapper(*a, **k):
        nonlocal calls
        calls += 1
        wrapper.calls = calls
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop():
    return None
for _ in range(4):
    noop()
print("calls:", noop.calls)
def manual(x):
    return x * 2
manual = logged(manual)
print("manual decorate:", manual(21))
