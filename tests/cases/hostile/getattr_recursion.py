class Lazy:
    def __init__(self):
        self.data = {"a": 1}

    def __getattr__(self, name):
        return self.data[name]

obj = Lazy()
print(obj.a)
try:
    obj.missing
except KeyError as e:
    print("KeyError:", e)
print(hasattr(obj, "a"))
try:
    hasattr(obj, "missing")
except KeyError as e:
    print("hasattr propagated KeyError:", e)

blank = Lazy.__new__(Lazy)
try:
    blank.a
except RecursionError as e:
    print(type(e).__name__)

class SelfRef:
    def __getattr__(self, name):
        return getattr(self, "_" + name)

try:
    SelfRef().x
except RecursionError as e:
    print(type(e).__name__)

class Safe:
    def __init__(self):
        self.data = {"b": 2}

    def __getattr__(self, name):
        data = self.__dict__.get("data", {})
        if name in data:
            return data[name]
        raise AttributeError(name)

s = Safe()
print(s.b)
print(hasattr(s, "zz"))
blank2 = Safe.__new__(Safe)
print(hasattr(blank2, "b"))
print(getattr(blank2, "b", "default"))
print("done")
