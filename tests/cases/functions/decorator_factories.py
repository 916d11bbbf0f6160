def repeat(times):
    def deco(fn):
        def wrapper(*args, **kwargs):
            results = []
            for _ in range(times):
                results.append(fn(*args, **kwargs))
            return results
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hello " + name
print(hello("ann"))
def prefix(p):
    def deco(fn):
        def wrapper(*a, **k):
            return p + str(fn(*a, **k))
        return wrapper
    return deco
@prefix("[A]")
@prefix("[B]")
def value():
    return 42
print("stacked order:", value())
def validate(**types):
    def deco(fn):
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f"{k} must be {t.__name__}")
            return fn(**kwargs)
        return wrapper
    return deco
@validate(name=str, age=int)
def person(name, age):
    return f"{name} ({age})"
print(person(name="cy", age=3))
try:
    person(name="cy", age="3")
except TypeError as e:
    print("validation:", e)
def trace(label):
    def deco(fn):
        def wrapper(*a):
            print(f"  enter {label}")
            r = fn(*a)
            print(f"  exit {label}")
            return r
        return wrapper
    return deco
@trace("outer")
@trace("inner")
def work(x):
    print("  working on", x)
    return x + 1
print("result:", work(1))
