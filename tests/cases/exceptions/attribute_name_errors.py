def try_attr(obj, name):
    try:
        getattr(obj, name)
        print(repr(obj), name, "-> exists")
    except AttributeError as e:
        print(type(e).__name__ + ":", e)
try_attr(5, "foo")
try_attr("s", "append")
try_attr([], "upper")
try_attr({}, "push")
try_attr(None, "x")
try_attr((1,), "sort")
try_attr("s", "upper")
print("getattr default:", getattr(5, "foo", "default"))
print("hasattr:", hasattr("s", "upper"), hasattr(5, "foo"))
try:
    undefined_variable
except NameError as e:
    print("NameError caught:", type(e).__name__)
    print("is NameError:", isinstance(e, NameError))
def uses_later():
    try:
        print(value)
    except UnboundLocalError as e:
        print("UnboundLocalError caught, subclass of NameError:", isinstance(e, NameError))
    value = 1
    return value
print("returned:", uses_later())
try:
    del never_defined
except NameError as e:
    print("del undefined:", type(e).__name__)
