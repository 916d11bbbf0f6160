class AppError(Exception):
    code = 1

    def __init__(self, message, detail=None):
        super().__init__(message)
        self.detail = detail

    def describe(self):
        return f"[{self.code}] {type(self).__name__}: {self} ({self.detail})"

class NotFound(AppError):
    code = 404

class Forbidden(AppError):
    code = 403

class Timeout(AppError):
    code = 504

    def __init__(self, seconds):
        super().__init__(f"timed out after {seconds}s", detail=seconds)

def handle(kind):
    if kind == "missing":
        raise NotFound("no such item", "id=5")
    if kind == "denied":
        raise Forbidden("not allowed")
    if kind == "slow":
        raise Timeout(30)
    if kind == "boom":
        raise ValueError("plain error")
    return "ok"

for kind in ["fine", "missing", "denied", "slow", "boom"]:
    try:
        print(handle(kind))
    except (NotFound, Forbidden) as e:
        print("client:", e.describe())
    except AppError as e:
        print("server:", e.describe(), e.args)
    except Exception as e:
        print("other:", type(e).__name__, e)
print([c.__name__ for c in Timeout.__mro__])
e = NotFound("x")
print(e.args, e.detail, e.code, str(e), repr(e))
print(issubclass(Forbidden, Exception), isinstance(e, Forbidden))
