def load_setting(settings, key):
    try:
        raw = settings[key]
    except KeyError as e:
        raise LookupError(f"setting {key!r} is missing") from e
    try:
        return int(raw)
    except ValueError as e:
        raise ValueError(f"setting {key!r} is not an integer: {raw!r}") from e

settings = {"port": "8080", "workers": "four", "timeout": "30"}
for key in ["port", "workers", "retries", "timeout"]:
    try:
        print(key, "=", load_setting(settings, key))
    except (LookupError, ValueError) as e:
        cause = e.__cause__
        print(f"{key}: {type(e).__name__}: {e}")
        print(f"    caused by {type(cause).__name__}: {cause}")

def suppress_context():
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("clean error") from None

try:
    suppress_context()
except RuntimeError as e:
    print("from None:", e, e.__cause__, e.__suppress_context__)

def implicit_context():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")

try:
    implicit_context()
except ValueError as e:
    print("context:", type(e.__context__).__name__, "cause:", e.__cause__)

def reraise(n):
    try:
        return [10, 20][n]
    except IndexError:
        print(f"  logging failure for n={n}, re-raising")
        raise

for n in (1, 5):
    try:
        print("got", reraise(n))
    except IndexError as e:
        print("outer:", type(e).__name__, e)

def chain_depth(e):
    d = 0
    while e is not None:
        d += 1
        e = e.__cause__ or e.__context__
    return d
try:
    try:
        try:
            int("z")
        except ValueError as a:
            raise KeyError("level2") from a
    except KeyError as b:
        raise RuntimeError("level3") from b
except RuntimeError as c:
    print("chain depth:", chain_depth(c), [type(x).__name__ for x in (c, c.__cause__, c.__cause__.__cause__)])
