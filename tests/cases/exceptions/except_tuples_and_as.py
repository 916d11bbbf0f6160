def risky(kind):
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][0]
    if kind == "value":
        return int("abc")
    if kind == "type":
        return len(5)
    if kind == "zero":
        return 1 % 0
    return "fine"
for kind in ["key", "index", "value", "type", "zero", "none"]:
    try:
        r = risky(kind)
        print(kind, "-> ok", r)
    except (KeyError, IndexError) as e:
        print(kind, "-> lookup problem:", type(e).__name__, e)
    except (ValueError, TypeError) as e:
        print(kind, "-> value/type problem:", type(e).__name__, e)
    except Exception as e:
        print(kind, "-> other:", type(e).__name__, e)
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside handler:", e)
try:
    print(e)
except NameError:
    print("'as' name is deleted after handler")
errs = (ZeroDivisionError, OverflowError)
try:
    1 / 0
except errs as err:
    print("tuple in variable:", type(err).__name__)
