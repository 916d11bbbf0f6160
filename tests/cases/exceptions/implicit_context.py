def handler_fails():
    try:
        {}["missing"]
    except KeyError:
        return 1 / 0
try:
    handler_fails()
except ZeroDivisionError as e:
    print("caught:", type(e).__name__, e)
    print("context:", type(e.__context__).__name__, e.__context__)
    print("cause:", e.__cause__)
    print("suppress:", e.__suppress_context__)
try:
    raise ValueError("no context")
except ValueError as e:
    print("plain context:", e.__context__)
def finally_raises():
    try:
        raise KeyError("first")
    finally:
        raise IndexError("second")
try:
    finally_raises()
except IndexError as e:
    print("finally exception:", repr(e))
    print("its context:", repr(e.__context__))
def chain3():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise TypeError("b")
    except TypeError:
        raise KeyError("c")
try:
    chain3()
except KeyError as e:
    names = []
    cur = e
    while cur is not None:
        names.append(type(cur).__name__)
        cur = cur.__context__
    print("context chain:", " <- ".join(names))
