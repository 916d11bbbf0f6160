def validate_types(params, **expected):
    def decorator(fn):
        def wrapper(*args, **kwargs):
            bound = dict(zip(params, args))
            bound.update(kwargs)
            for name, typ in expected.items():
                if name in bound and not isinstance(bound[name], typ):
                    raise TypeError(f"{fn.__name__}(): {name} must be {typ.__name__}, "
                                    f"got {type(bound[name]).__name__}")
            return fn(*args, **kwargs)
        return wrapper
    return decorator

def non_negative(fn):
    def wrapper(*args):
        for i, a in enumerate(args):
            if isinstance(a, (int, float)) and a < 0:
                raise ValueError(f"argument {i} is negative: {a}")
        return fn(*args)
    return wrapper

@validate_types(["name", "age", "city"], name=str, age=int)
def register(name, age, city="unknown"):
    return f"{name} ({age}) from {city}"

@non_negative
def area(w, h):
    return w * h

calls = [
    lambda: register("Ann", 30),
    lambda: register("Bob", "thirty"),
    lambda: register(42, 1),
    lambda: register("Cy", age=5, city="Oslo"),
    lambda: register(name="Di", age=7.5),
    lambda: area(3, 4),
    lambda: area(3, -4),
    lambda: area(2.5, 2),
]
for i, call in enumerate(calls):
    try:
        print(i, "ok:", call())
    except (TypeError, ValueError) as e:
        print(i, f"{type(e).__name__}: {e}")

def check_range(lo, hi):
    def deco(fn):
        def wrapper(x):
            if not lo <= x <= hi:
                raise ValueError(f"{x} not in [{lo}, {hi}]")
            return fn(x)
        return wrapper
    return deco

@check_range(0, 100)
def percent_to_grade(p):
    return "pass" if p >= 50 else "fail"
for p in (75, 50, 49, 101, -1):
    try:
        print(p, percent_to_grade(p))
    except ValueError as e:
        print(p, "invalid:", e)
