# Runtime errors raised by class patterns, and matching of builtin subclasses.
class C:
    pass

class D:
    __match_args__ = ("a", 1)
    a = 1

class E:
    __match_args__ = ["a"]

class F:
    __match_args__ = ("a",)
    a = 1

def attempt(label, subject, f):
    try:
        print(label, f(subject))
    except TypeError as e:
        print(label, "TypeError:", e)

def c_one(s):
    match s:
        case C(1):
            return "C(1)"
    return "no"

def not_a_type(s):
    f = len
    match s:
        case f():
            return "called"
    return "no"

def d_two(s):
    match s:
        case D(1, 2):
            return "D"
    return "no"

def e_one(s):
    match s:
        case E(1):
            return "E"
    return "no"

def f_dup(s):
    match s:
        case F(1, a=2):
            return "F"
    return "no"

def int_two(s):
    match s:
        case int(a, b):
            return a, b
    return "no"

attempt("C on C()", C(), c_one)
attempt("C on 1", 1, c_one)
attempt("not a type", 1, not_a_type)
attempt("D", D(), d_two)
attempt("E", E(), e_one)
attempt("F", F(), f_dup)
attempt("int two", 3, int_two)

class MyList(list):
    pass

class MyDict(dict):
    pass

class MyInt(int):
    pass

def describe(x):
    match x:
        case MyInt(n):
            return f"MyInt {n}"
        case [first, *middle, last]:
            return f"seq {first} {middle} {last}"
        case {"k": v, **rest}:
            return f"map {v} {rest}"
        case str() | bytes():
            return "text"
        case _:
            return "other"

print(describe(MyList([1, 2, 3, 4])))
print(describe(MyDict(k=1, z=2)))
print(describe(MyInt(7)))
print(describe(range(5)))
print(describe((1, 2)))
print(describe("abc"))
print(describe(b"xy"))
print(describe({"k": [1]}))
print(describe(3.5))

class Lazy:
    __match_args__ = ("value", "missing")

    @property
    def value(self):
        return "computed"

def lazy(x):
    match x:
        case Lazy(v, m):
            return v, m
        case Lazy(v):
            return "only", v
    return "no"

print(lazy(Lazy()))
