def area(w, h=1):
    "Compute area."
    return w * h
print("name:", area.__name__)
print("doc:", area.__doc__)
print("defaults:", area.__defaults__)
print("callable:", callable(area), callable(5))
area.unit = "m2"
print("custom attr:", area.unit)
alias = area
print("alias name:", alias.__name__, alias is area)
print("lambda name:", (lambda: 1).__name__)
def outer():
    def inner():
        pass
    return inner
print("inner name:", outer().__name__)
print("inner qualname:", outer().__qualname__)
print("type:", type(area).__name__)
print("builtin names:", len.__name__, print.__name__)
print("kwdefaults:", (lambda *, k=5: k).__kwdefaults__)
funcs = [area, outer, len]
print("names list:", [f.__name__ for f in funcs])
print("equality:", area == alias, area == outer)
