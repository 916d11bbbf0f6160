e = ValueError("bad value", 42)
print("args:", e.args)
print("str:", str(e))
print("repr:", repr(e))
e1 = ValueError("just one")
print("single str:", str(e1), "repr:", repr(e1), "args:", e1.args)
e0 = ValueError()
print("empty str:", repr(str(e0)), "repr:", repr(e0), "args:", e0.args)
k = KeyError("name")
print("KeyError str:", str(k), "repr:", repr(k))
k2 = KeyError("a", "b")
print("KeyError 2 args str:", str(k2))
i = IndexError(3)
print("int arg:", str(i), i.args)
try:
    raise RuntimeError("failed", {"code": 7})
except RuntimeError as err:
    msg, info = err.args
    print("unpacked args:", msg, info["code"])
try:
    raise TypeError
except TypeError as err:
    print("raised class:", repr(err), err.args)
try:
    {}["k"]
except KeyError as err:
    print("builtin KeyError args:", err.args, "str:", err)
try:
    int("12x")
except ValueError as err:
    print("builtin ValueError args:", err.args)
print("Exception repr:", repr(Exception("a", 1)))
print("isinstance:", isinstance(k, LookupError), isinstance(k, Exception), isinstance(k, ValueError))
