class Proxy:
    prefix = "proxy"

    def __init__(self, target):
        self.target = target
        self.misses = []

    def __getattr__(self, name):
        self.misses.append(name)
        return getattr(self.target, name)

class Target:
    def __init__(self):
        self.value = 10

    def hello(self):
        return "hello from target"

p = Proxy(Target())
print(p.value)
print(p.hello())
print(p.prefix)
print(p.target.value)
print(p.misses)
p.value = 99
print(p.value, p.target.value)
print(p.misses)
try:
    p.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(p.misses)
print(hasattr(p, "hello"), hasattr(p, "zzz"))
print(getattr(p, "zzz", "default"))
print(p.misses)

class Defaults:
    def __init__(self):
        self.real = "real"

    def __getattr__(self, name):
        if name.startswith("opt_"):
            return f"<default {name[4:]}>"
        raise AttributeError(f"{type(self).__name__} has no {name}")

d = Defaults()
print(d.real)
print(d.opt_color)
print(d.opt_size)
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
d.opt_color = "red"
print(d.opt_color)
print(vars(d))
print(hasattr(d, "other"), hasattr(d, "opt_x"))
