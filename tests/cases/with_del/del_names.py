x = 10
y = 20
print(x + y)
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
print(y)

a, b, c = 1, 2, 3
del a, b
print(c)
for name in ["a", "b", "c"]:
    print(name, name in globals())


def local_del():
    v = "local"
    print(v)
    del v
    try:
        print(v)
    except UnboundLocalError as e:
        print("UnboundLocalError caught:", type(e).__name__)
        print("is NameError:", isinstance(e, NameError))
    v = "rebound"
    return v


print(local_del())

try:
    del never_defined
except NameError as e:
    print("del undefined:", e)

items = [1, 2, 3]
alias = items
del items
print(alias)
for i in range(3):
    pass
del i
print("i" in dir())
