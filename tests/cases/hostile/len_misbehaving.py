class Negative:
    def __len__(self):
        return -1

class Stringy:
    def __len__(self):
        return "3"

class Floaty:
    def __len__(self):
        return 2.0

class Raises:
    def __len__(self):
        raise RuntimeError("len failed")

class Boolish:
    def __len__(self):
        return True

def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

for cls in (Negative, Stringy, Floaty, Raises, Boolish):
    attempt(cls.__name__ + " len", lambda: len(cls()))
    attempt(cls.__name__ + " bool", lambda: bool(cls()))
attempt("if", lambda: "yes" if Raises() else "no")
attempt("not", lambda: not Negative())

class BadBool:
    def __bool__(self):
        return 1

class RaisingBool:
    def __bool__(self):
        raise ZeroDivisionError("bool failed")

attempt("BadBool", lambda: bool(BadBool()))
attempt("BadBool if", lambda: 1 if BadBool() else 0)
attempt("RaisingBool", lambda: bool(RaisingBool()))
attempt("RaisingBool and", lambda: RaisingBool() and 1)
attempt("RaisingBool or", lambda: type(0 or RaisingBool()).__name__)
attempt("filter", lambda: list(filter(None, [1, RaisingBool()])))
