def classify(exc_factory):
    try:
        raise exc_factory()
    except ValueError as e:
        kind = "value"
        saved = e
    except Exception as e:
        kind = "other"
        saved = e
    return kind, type(saved).__name__
print(classify(ValueError))
print(classify(KeyError))
print(classify(UnicodeError))
print("UnicodeError < ValueError:", issubclass(UnicodeError, ValueError))
caught = []
for exc in [IndexError("i"), KeyError("k"), ZeroDivisionError("z")]:
    try:
        raise exc
    except LookupError as e:
        caught.append(("lookup", e.args[0]))
    except ArithmeticError as e:
        caught.append(("arith", e.args[0]))
print("caught:", caught)
def keeps_reference():
    err = None
    try:
        [].pop()
    except IndexError as e:
        err = e
    return err
r = keeps_reference()
print("kept:", type(r).__name__, r)
print("raise instance twice:")
x = ValueError("reused")
for _ in range(2):
    try:
        raise x
    except ValueError as e:
        print("  same object:", e is x)
