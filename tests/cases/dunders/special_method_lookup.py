class Thing:
    def __len__(self):
        return 3

    def __repr__(self):
        return "Thing()"

t = Thing()
t.__len__ = lambda: 100
print(len(t))
print(t.__len__())
t.__repr__ = lambda: "instance repr"
print(repr(t))
print(t)
print(t.__repr__())

class Late:
    pass

x = Late()
try:
    len(x)
except TypeError as e:
    print("TypeError:", e)
Late.__len__ = lambda self: 7
print(len(x))
Late.__str__ = lambda self: "late str"
print(x, str(x))
Late.__add__ = lambda self, o: f"add {o}"
print(x + 1)
Late.__call__ = lambda self, *a: f"called {a}"
print(x(1, 2))
del Late.__len__
try:
    len(x)
except TypeError as e:
    print("TypeError:", e)

class Base:
    def __str__(self):
        return "base str"

    def __repr__(self):
        return "base repr"

class Child(Base):
    def __repr__(self):
        return "child repr"

class OnlyRepr:
    def __repr__(self):
        return "only repr"

class SubOnlyRepr(OnlyRepr):
    pass

print(str(Child()), repr(Child()))
print(str(SubOnlyRepr()), [SubOnlyRepr()])
