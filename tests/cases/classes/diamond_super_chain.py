log = []

class Base:
    def __init__(self):
        log.append("Base")
        self.parts = ["base"]

    def hello(self):
        return "Base.hello"

class Left(Base):
    def __init__(self):
        log.append("Left>")
        super().__init__()
        self.parts.append("left")
        log.append("<Left")

    def hello(self):
        return "Left(" + super().hello() + ")"

class Right(Base):
    def __init__(self):
        log.append("Right>")
        super().__init__()
        self.parts.append("right")
        log.append("<Right")

    def hello(self):
        return "Right(" + super().hello() + ")"

class Bottom(Left, Right):
    def __init__(self):
        log.append("Bottom>")
        super().__init__()
        self.parts.append("bottom")
        log.append("<Bottom")

    def hello(self):
        return "Bottom(" + super().hello() + ")"

b = Bottom()
print(log)
print(b.parts)
print(b.hello())
print([c.__name__ for c in Bottom.__mro__])
log.clear()
r = Right()
print(log)
print(r.parts)
print(r.hello())
log.clear()
l = Left()
print(log, l.hello())
print(isinstance(b, Left), isinstance(b, Right), isinstance(b, Base))
print(isinstance(r, Left))
