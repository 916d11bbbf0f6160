def resilient():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            print("  generator handled ValueError:", e)
            n = 100


g = resilient()
print(next(g))
print(next(g))
print("throw ->", g.throw(ValueError("reset please")))
print(next(g))

try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated:", repr(e))
print("after propagation:", next(g, "exhausted"))


def once():
    yield 1
    yield 2


h = once()
try:
    h.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("unstarted throw:", e)
print(next(h, "closed"))


def catcher():
    try:
        yield "a"
    except ZeroDivisionError:
        yield "recovered"
    yield "z"


c = catcher()
print(next(c))
print(c.throw(ZeroDivisionError))
print(next(c))
print(next(c, "end"))
