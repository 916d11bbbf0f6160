class FieldError(Exception):
    def __init__(self, field, value):
        super().__init__(field, value)
        self.field = field
        self.value = value

    def __str__(self):
        return f"invalid {self.field}: {self.value!r}"


class QuietError(Exception):
    def __str__(self):
        return "quiet"


e = FieldError("age", -3)
print(str(e))
print(repr(e))
print(e.args)
print(f"formatted: {e}")
print("message is", e)

q = QuietError("ignored", 1)
print(str(q))
print(repr(q))
print(q.args)

try:
    raise FieldError("name", "")
except Exception as err:
    print("caught ->", err)
    print("len args:", len(err.args))
    print("field:", err.field)

errors = [FieldError("x", 1), FieldError("y", [1, 2]), QuietError()]
for item in errors:
    print(type(item).__name__, "|", item)
print(", ".join(str(x) for x in errors))
