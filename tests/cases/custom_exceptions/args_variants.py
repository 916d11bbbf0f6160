class E(Exception):
    pass


samples = [E(), E("one"), E("a", "b"), E(1, 2, 3), E(None), E(""), E(["x"])]
for s in samples:
    print(repr(s), "|", str(s), "|", s.args, "|", len(s.args))


class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)


print(repr(WithDefault()))
print(str(WithDefault("custom")))


class NoSuperArgs(Exception):
    def __init__(self, x, y):
        super().__init__()
        self.x = x
        self.y = y


n = NoSuperArgs(1, 2)
print(repr(n), n.args, str(n) == "", n.x + n.y)

e = E("mutable")
e.args = ("changed", 5)
print(e.args, str(e))

e.note = "extra attribute"
print(e.note)

try:
    raise E
except E as caught:
    print("raised class:", repr(caught), caught.args)
