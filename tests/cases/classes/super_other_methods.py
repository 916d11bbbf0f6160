class Logger:
    def __init__(self):
        self.lines = []

    def log(self, msg):
        self.lines.append(msg)
        return len(self.lines)

    def dump(self):
        return " | ".join(self.lines)

class TimestampLogger(Logger):
    def __init__(self, start):
        super().__init__()
        self.t = start

    def log(self, msg):
        self.t += 1
        return super().log(f"[{self.t}] {msg}")

class UpperLogger(TimestampLogger):
    def log(self, msg):
        return super().log(msg.upper())

    def dump(self):
        return "<<" + super().dump() + ">>"

u = UpperLogger(100)
print(u.log("start"))
print(u.log("work"))
print(u.log("stop"))
print(u.dump())
print(u.lines)
print(u.t)

t = TimestampLogger(0)
t.log("x")
print(t.dump())

class Base:
    @classmethod
    def create(cls, v):
        return cls(v)

    def __init__(self, v):
        self.v = v

class Child(Base):
    @classmethod
    def create(cls, v):
        obj = super().create(v * 10)
        obj.extra = True
        return obj

c = Child.create(4)
print(type(c).__name__, c.v, c.extra)
b = Base.create(4)
print(type(b).__name__, b.v, hasattr(b, "extra"))

class Thing:
    def name(self):
        return "thing"

class Wrapped(Thing):
    def name(self):
        inner = lambda: super(Wrapped, self).name()
        return "wrapped " + inner()

print(Wrapped().name())
