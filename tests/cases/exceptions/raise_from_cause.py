def load(key):
    data = {"a": "1", "b": "x"}
    try:
        return int(data[key])
    except KeyError as e:
        raise LookupError(f"no config for {key}") from e
    except ValueError as e:
        raise TypeError(f"config {key} not numeric") from e
for k in ["a", "b", "c"]:
    try:
        print(k, "->", load(k))
    except (LookupError, TypeError) as e:
        cause = e.__cause__
        print(k, "->", type(e).__name__, e)
        print("   cause:", type(cause).__name__, cause)
        print("   suppress_context:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden context") from None
except ValueError as e:
    print("from None cause:", e.__cause__)
    print("from None context kept:", type(e.__context__).__name__)
    print("suppress_context:", e.__suppress_context__)
err = RuntimeError("outer")
try:
    raise err from KeyError("inner")
except RuntimeError as e:
    print("explicit cause:", repr(e.__cause__))
    print("same object:", e is err)
