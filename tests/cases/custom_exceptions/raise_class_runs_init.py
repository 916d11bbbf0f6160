# `raise SomeError` (a class) calls its __init__; tracebacks have tb objects.
class AppError(Exception):
    def __init__(self, message="application failed", code=500):
        super().__init__(message)
        self.code = code


class NotFound(AppError):
    def __init__(self):
        super().__init__("not found", 404)


for cls in (AppError, NotFound):
    try:
        raise cls
    except AppError as e:
        print(type(e).__name__, e, e.code, e.args)

try:
    raise NotFound from KeyError("missing")
except AppError as e:
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)


def deep():
    raise ValueError("deep")


try:
    deep()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("traceback lines:", lines)


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        print("exit:", kind.__name__ if kind else None, value, tb is not None)
        return kind is KeyError


with Ctx():
    raise KeyError("swallowed")
print("after with")
e = ValueError("x")
e.args = ("changed", 2)
print(e, e.args)
raise NotFound
