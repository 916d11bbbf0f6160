class DictMixin:
    def to_dict(self):
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}

class DescribeMixin:
    def describe(self):
        parts = ", ".join(f"{k}={v!r}" for k, v in self.to_dict().items())
        return f"{type(self).__name__}({parts})"

class CompareMixin:
    def same_as(self, other):
        return type(self) is type(other) and self.to_dict() == other.to_dict()

class Base:
    def __init__(self, ident):
        self.ident = ident
        self._secret = "hidden"

class User(DictMixin, DescribeMixin, CompareMixin, Base):
    def __init__(self, ident, name):
        super().__init__(ident)
        self.name = name

class Tag(DescribeMixin, DictMixin, Base):
    pass

u1 = User(1, "ann")
u2 = User(1, "ann")
u3 = User(2, "bob")
print(u1.to_dict())
print(u1.describe())
print(u1.same_as(u2), u1.same_as(u3))
t = Tag(9)
print(t.describe())
print(t.to_dict())
print([c.__name__ for c in User.__mro__])
print([c.__name__ for c in Tag.__mro__])
print(isinstance(u1, DictMixin), isinstance(t, CompareMixin))
print(hasattr(t, "same_as"))
print(u1._secret)
