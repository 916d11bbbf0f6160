class Empty:
    pass

class Config:
    name = "default"
    retries = 3
    tags = ("a", "b")
    doubled = retries * 2
    label = name.upper() + "-" + str(retries)
    items = [i * i for i in range(4)]

    def describe(self):
        return f"{self.name}:{self.retries}"

print(Config.name)
print(Config.retries)
print(Config.tags)
print(Config.doubled)
print(Config.label)
print(Config.items)
print(Config.__name__)
print(Empty.__name__)
print(type(Empty()).__name__)
c = Config()
print(c.name, c.retries)
print(c.describe())
print(Config.describe(c))
print(callable(Config))
print(callable(c.describe))
print(isinstance(c, Config))
print(isinstance(c, Empty))
print(type(c) is Config)
print(type(Config).__name__)
e1 = Empty()
e2 = Empty()
print(e1 is e2)
print(e1 == e2)
print(e1 == e1)

class Counter:
    count = 0
    for _k in range(5):
        count += _k
    del _k

print(Counter.count)
print(hasattr(Counter, "_k"))
