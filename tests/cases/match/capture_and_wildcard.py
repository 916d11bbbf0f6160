def show(x):
    match x:
        case 0:
            print("zero literal")
        case n:
            print("captured", n, "type", type(n).__name__)
    return n if x != 0 else None


print(show(0))
print(show(42))
print(show("text"))
print(show([1, 2]))


def classify(x):
    match x:
        case _:
            return "wildcard always matches"


print(classify(object))
print(classify(None))

value = "outer"
match 99:
    case value:
        pass
print("capture rebinds name:", value)

for item in [1, "a", None]:
    match item:
        case _ if item is None:
            print("none via guard")
        case other:
            print("other:", other)
