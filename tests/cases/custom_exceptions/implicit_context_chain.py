class CleanupError(Exception):
    pass


class PrimaryError(Exception):
    pass


def risky():
    try:
        raise PrimaryError("primary failed")
    except PrimaryError:
        raise CleanupError("cleanup also failed")


try:
    risky()
except CleanupError as e:
    print("caught:", repr(e))
    print("context:", repr(e.__context__))
    print("cause:", e.__cause__)
    print("context type:", type(e.__context__).__name__)


def chain_of_three():
    try:
        try:
            raise ValueError("level 1")
        except ValueError:
            raise KeyError("level 2")
    except KeyError:
        raise PrimaryError("level 3")


try:
    chain_of_three()
except PrimaryError as e:
    cur = e
    depth = 0
    while cur is not None:
        print("depth", depth, type(cur).__name__, cur.args)
        cur = cur.__context__
        depth += 1

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise PrimaryError("division") from z
except PrimaryError as e:
    print("same obj:", e.__cause__ is e.__context__)
    print(type(e.__cause__).__name__)
