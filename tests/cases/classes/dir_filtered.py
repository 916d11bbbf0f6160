class Base:
    shared = 1

    def base_method(self):
        pass

    def _private(self):
        pass

class Child(Base):
    child_attr = "c"

    def __init__(self):
        self.inst = 5
        self._hidden = 6

    def child_method(self):
        pass

    @property
    def prop(self):
        return 1

    @staticmethod
    def stat():
        pass

    @classmethod
    def clsm(cls):
        pass

def public(obj):
    return [n for n in dir(obj) if not n.startswith("_")]

print(public(Base))
print(public(Child))
c = Child()
print(public(c))
c.dynamic = True
print(public(c))
print(public(Base()))
print("_private" in dir(c))
print("_hidden" in dir(c))
print("__init__" in dir(c))
methods = [n for n in public(c) if callable(getattr(c, n))]
print(methods)
data = [n for n in public(c) if not callable(getattr(c, n))]
print(data)
print(dir(c) == sorted(dir(c)))
