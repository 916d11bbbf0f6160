class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field

class Form:
    required = ("name", "age")

    def __init__(self, data):
        self.data = data

    def validate(self):
        for f in self.required:
            if f not in self.data:
                raise ValidationError(f, "is required")
        if not isinstance(self.data["age"], int):
            raise ValidationError("age", "must be an int")
        return True

print(Form({"name": "a", "age": 3}).validate())
try:
    Form({"name": "a"}).validate()
except ValidationError as e:
    print("caught", e.field, e)
print(Form({"name": "b", "age": "x"}).validate())
