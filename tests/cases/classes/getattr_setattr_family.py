class Settings:
    defaults = {"color": "blue", "size": 10}

    def __init__(self):
        for k, v in self.defaults.items():
            setattr(self, k, v)

s = Settings()
print(getattr(s, "color"))
print(getattr(s, "size"))
print(getattr(s, "missing", "fallback"))
print(getattr(s, "missing", None))
print(hasattr(s, "color"), hasattr(s, "missing"))
setattr(s, "color", "red")
print(s.color)
setattr(s, "new_field", [1, 2])
print(s.new_field)
print(vars(s))
delattr(s, "size")
print(hasattr(s, "size"))
print(vars(s))
try:
    delattr(s, "size")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(s, "size")
except AttributeError as e:
    print("AttributeError:", e)
name = "dyn" + "amic"
setattr(s, name, 42)
print(s.dynamic)
print(getattr(s, "defaults")["size"])
print(getattr(Settings, "defaults") is s.defaults)
for attr in ["color", "size", "dynamic", "defaults"]:
    print(attr, hasattr(s, attr))
method = getattr(s, "__init__")
print(callable(method))
setattr(Settings, "version", 2)
print(s.version, Settings.version)
delattr(Settings, "version")
print(hasattr(s, "version"))
try:
    getattr(s, 5)
except TypeError as e:
    print("TypeError:", e)
updates = {"color": "green", "size": 3, "weight": 1.5}
for k, v in updates.items():
    if hasattr(s, k):
        print("update", k, getattr(s, k), "->", v)
    else:
        print("add", k, v)
    setattr(s, k, v)
print(sorted(vars(s).items()))
