class Widget:
    def __init__(self, label):
        self.label = label

    def info(self):
        return f"{type(self).__name__}({self.label})"

class Button(Widget):
    pass

class IconButton(Button):
    pass

items = [Widget("w"), Button("ok"), IconButton("save")]
for it in items:
    print(type(it).__name__)
    print(it.__class__.__name__)
    print(it.info())
    print(type(it) is it.__class__)
print(type(items[2]) == IconButton)
print(type(items[2]) == Button)
print(type(items[1]) in (Button, Widget))
clone = type(items[1])("copy")
print(clone.info())
clone2 = items[0].__class__("dup")
print(clone2.info())
print(Button.__name__, Button.__qualname__)

class Outer:
    class Inner:
        pass

print(Outer.Inner.__name__)
print(Outer.Inner.__qualname__)
print(type(Outer.Inner()).__name__)
print(type(5).__name__, type("s").__name__, type(None).__name__)
print(type([]).__name__, type({}).__name__, type(len).__name__)
print(type(Widget).__name__)
print(type(Widget("x").info).__name__)
print(type(Widget.info).__name__)

def make_class(name):
    class Dynamic:
        pass
    Dynamic.__name__ = name
    return Dynamic

K = make_class("Renamed")
print(K.__name__, type(K()).__name__)
