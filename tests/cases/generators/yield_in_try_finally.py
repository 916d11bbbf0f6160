def guarded(items):
    for item in items:
        try:
            print("  try", item)
            yield 10 / item
        except ZeroDivisionError:
            print("  skip zero")
            yield None
        finally:
            print("  finally", item)


for v in guarded([2, 0, 5]):
    print("value", v)


def outer_finally():
    try:
        yield "first"
        yield "second"
    finally:
        print("outer cleanup")


print(list(outer_finally()))

g = outer_finally()
print(next(g))
g.close()
print("closed early")


def else_clause(x):
    try:
        y = 100 // x
    except ZeroDivisionError:
        yield "error"
    else:
        yield f"ok {y}"
    finally:
        yield "finally"


print(list(else_clause(4)))
print(list(else_clause(0)))
