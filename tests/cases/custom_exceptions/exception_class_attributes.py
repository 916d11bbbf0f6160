class HttpError(Exception):
    status = 500
    reason = "Internal Server Error"

    def __init__(self, detail=None):
        super().__init__(detail or self.reason)
        self.detail = detail

    def describe(self):
        return f"{self.status} {self.reason}: {self}"


class BadRequest(HttpError):
    status = 400
    reason = "Bad Request"


class NotFound(HttpError):
    status = 404
    reason = "Not Found"


class Gone(NotFound):
    status = 410
    reason = "Gone"


for cls in [HttpError, BadRequest, NotFound, Gone]:
    e = cls()
    print(cls.__name__, e.status, repr(str(e)), e.describe())

e = Gone("resource deleted yesterday")
print(e.describe())
print(e.detail)
print(isinstance(e, NotFound), isinstance(e, BadRequest))

registry = {cls.status: cls for cls in [BadRequest, NotFound, Gone]}
for code in [400, 404, 410, 418]:
    cls = registry.get(code, HttpError)
    try:
        raise cls(f"code {code}")
    except NotFound as nf:
        print("not-found family:", nf.describe())
    except HttpError as he:
        print("other http:", he.describe())
print(sorted(registry))
