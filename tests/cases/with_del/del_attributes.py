class Config:
    default_mode = "safe"

    def __init__(self):
        self.debug = True
        self.level = 3


c = Config()
print(c.debug, c.level, c.default_mode)
del c.debug
print(hasattr(c, "debug"), hasattr(c, "level"))
try:
    print(c.debug)
except AttributeError as e:
    print("AttributeError:", e)

c.default_mode = "fast"
print(c.default_mode)
del c.default_mode
print("falls back to class attr:", c.default_mode)
try:
    del c.default_mode
except AttributeError as e:
    print("cannot delete again:", type(e).__name__)

print(sorted(vars(c)))
c.extra = 1
c.more = 2
print(sorted(vars(c)))
for name in ["extra", "more"]:
    delattr(c, name)
print(sorted(vars(c)))


class Tracked:
    def __init__(self):
        self.data = {}

    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value

    def __delitem__(self, key):
        print("delete", key)
        del self.data[key]


t = Tracked()
t["x"] = 1
t["y"] = 2
del t["x"]
print(t.data)
del Config.default_mode
print(hasattr(c, "default_mode"))
