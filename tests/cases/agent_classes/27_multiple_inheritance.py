from typing import Dict, Any, List


class Base:
    def __init__(self, **kwargs):
        self.log: List[str] = []
        super().__init__()
        self.log.append("Base")

    def describe(self) -> str:
        return "Base"


class Timestamped(Base):
    def __init__(self, created: int = 0, **kwargs):
        super().__init__(**kwargs)
        self.created = created
        self.log.append("Timestamped")

    def describe(self):
        return f"Timestamped({self.created}) <- " + super().describe()


class Serializable(Base):
    fields: tuple = ()

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.log.append("Serializable")

    def to_dict(self) -> Dict[str, Any]:
        return {f: getattr(self, f) for f in self.fields}

    def describe(self):
        return "Serializable <- " + super().describe()


class Validated(Base):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.log.append("Validated")

    def validate(self) -> List[str]:
        errors = []
        for name, check in getattr(self, "rules", {}).items():
            if not check(getattr(self, name)):
                errors.append(name)
        return errors

    def describe(self):
        return "Validated <- " + super().describe()


class User(Timestamped, Serializable, Validated):
    fields = ("name", "email", "age", "created")
    rules = {
        "name": lambda v: bool(v) and v[0].isupper(),
        "email": lambda v: "@" in v and "." in v.split("@")[-1],
        "age": lambda v: 0 < v < 130,
    }

    def __init__(self, name: str, email: str, age: int, **kwargs):
        super().__init__(**kwargs)
        self.name, self.email, self.age = name, email, age
        self.log.append("User")

    def describe(self):
        return f"User({self.name}) <- " + super().describe()

    def __repr__(self):
        return f"User({self.name!r}, {self.email!r}, {self.age})"


class Mixin1:
    def hello(self):
        return "Mixin1"


class Mixin2:
    def hello(self):
        return "Mixin2"


class Combined(Mixin2, Mixin1):
    pass


class Combined2(Mixin1, Mixin2):
    def hello(self):
        return "Combined2+" + super().hello()


print("MRO:", [c.__name__ for c in User.__mro__])
u = User("Alice", "alice@example.com", 30, created=1700)
print(u)
print("init log:", u.log)
print("describe:", u.describe())
print("to_dict:", u.to_dict())
print("valid errors:", u.validate())
for args in [("bob", "bob@x.io", 20), ("Carl", "carl-at-x", 40), ("Dana", "d@e.f", 200), ("", "a@b", -1)]:
    candidate = User(*args)
    errs = candidate.validate()
    print(f"{candidate!r:<40} {'OK' if not errs else 'invalid: ' + ', '.join(errs)}")
print(Combined().hello(), Combined2().hello())
print("Combined MRO:", [c.__name__ for c in Combined.__mro__])
print("isinstance checks:", isinstance(u, Serializable), isinstance(u, Validated), issubclass(User, Base))
print("has created:", hasattr(u, "created"), "has zzz:", hasattr(u, "zzz"))
