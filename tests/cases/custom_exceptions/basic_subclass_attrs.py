class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


class NotFound(AppError):
    def __init__(self, resource):
        super().__init__(f"{resource} not found", 404)
        self.resource = resource


try:
    raise AppError("generic failure", 500)
except AppError as e:
    print("caught:", type(e).__name__)
    print("str:", str(e))
    print("repr:", repr(e))
    print("args:", e.args)
    print("code:", e.code)

try:
    raise NotFound("user/7")
except AppError as e:
    print("caught:", type(e).__name__)
    print("str:", str(e))
    print("args:", e.args)
    print("code:", e.code)
    print("resource:", e.resource)
    print("is AppError:", isinstance(e, AppError))
    print("is Exception:", isinstance(e, Exception))
    print("is NotFound:", isinstance(e, NotFound))

print(issubclass(NotFound, AppError))
print(issubclass(AppError, NotFound))
print(issubclass(NotFound, BaseException))
print(NotFound.__mro__[1].__name__)
print([c.__name__ for c in NotFound.__mro__])
