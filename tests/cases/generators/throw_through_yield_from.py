# throw()/close() reach the innermost generator of a yield-from chain.
def leaf(name):
    try:
        while True:
            got = yield name
            print(f"  {name} got {got}")
    except KeyError as e:
        print(f"  {name} handles KeyError {e}")
        yield f"{name}-recovered"
    finally:
        print(f"  {name} finally")


def middle():
    result = yield from leaf("leaf")
    print("  middle saw result", result)


def top():
    try:
        yield from middle()
    except ValueError as e:
        print("  top caught", repr(e))
        yield "top-recovered"


g = top()
print(next(g))
print(g.send("hello"))
print(g.throw(KeyError("k")))
try:
    print(g.throw(ValueError("v")))
except StopIteration:
    print("stopped")

g2 = top()
next(g2)
print(g2.throw(ValueError("early")))
g2.close()
print("closed g2")

g3 = top()
next(g3)
g3.close()
print("closed g3")


def counter():
    total = 0
    while True:
        try:
            step = yield total
        except ArithmeticError:
            total = -1
            continue
        total += step


def wrapper():
    final = yield from counter()
    return final


w = wrapper()
next(w)
print(w.send(5), w.send(7), w.throw(ZeroDivisionError()), w.send(2))
