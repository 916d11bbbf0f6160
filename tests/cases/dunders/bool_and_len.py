class Box:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on

class Both:
    def __bool__(self):
        return False

    def __len__(self):
        return 10

class Neither:
    pass

print(len(Box([1, 2, 3])))
print(bool(Box([])), bool(Box([0])))
print(bool(Flag(True)), bool(Flag(False)))
print(bool(Both()), len(Both()))
print(bool(Neither()))
for obj in [Box([]), Box("ab"), Flag(False), Flag(True), Both(), Neither()]:
    if obj:
        print(type(obj).__name__, "truthy")
    else:
        print(type(obj).__name__, "falsy")
print(not Box([]), not Flag(True))
print(Box([]) or "default")
print(Flag(True) and "second")
print([type(o).__name__ for o in [Box([]), Box([1]), Flag(False)] if o])
x = Box([5])
while x:
    print("pop", x.items.pop())
print(len(x))
print(any([Box([]), Flag(False)]), all([Box([1]), Flag(True)]))
print("yes" if Flag(False) else "no")
print(sum(1 for b in [Box(""), Box("a"), Box("ab")] if b))
