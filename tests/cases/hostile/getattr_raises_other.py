class Grumpy:
    ok = "fine"

    def __getattr__(self, name):
        raise ValueError(f"refuse {name}")

g = Grumpy()
print(g.ok)
try:
    g.other
except ValueError as e:
    print("ValueError:", e)
try:
    hasattr(g, "other")
except ValueError as e:
    print("hasattr ValueError:", e)
try:
    getattr(g, "other", "default")
except ValueError as e:
    print("getattr ValueError:", e)
print(hasattr(g, "ok"))

class PropBoom:
    @property
    def value(self):
        raise KeyError("inside property")

    @property
    def attr_err(self):
        raise AttributeError("property attr error")

p = PropBoom()
try:
    p.value
except KeyError as e:
    print("KeyError:", e)
try:
    hasattr(p, "value")
except KeyError as e:
    print("hasattr KeyError:", e)
print(hasattr(p, "attr_err"))
print(getattr(p, "attr_err", "fallback"))

class Fallback:
    @property
    def broken(self):
        raise AttributeError("broken inside")

    def __getattr__(self, name):
        return f"fallback for {name}"

f = Fallback()
print(f.broken)
print(f.anything)
