class Bad:
    def __setattr__(self, name, value):
        self.name = value

try:
    Bad().x = 1
except RecursionError as e:
    print(type(e).__name__)

class Audited:
    def __init__(self):
        object.__setattr__(self, "changes", [])
        self.a = 1

    def __setattr__(self, name, value):
        self.changes.append(name)
        object.__setattr__(self, name, value)

x = Audited()
x.b = 2
x.a = 3
print(x.changes)
print(x.a, x.b)
print(sorted(vars(x)))

class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}: Frozen is immutable")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")

f = Frozen(5)
print(f.v)
try:
    f.v = 6
except AttributeError as e:
    print("AttributeError:", e)
try:
    del f.v
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(f, "w", 1)
except AttributeError as e:
    print("AttributeError:", e)
print(f.v, hasattr(f, "w"))
