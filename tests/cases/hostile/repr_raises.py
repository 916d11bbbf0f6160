class BadRepr:
    def __repr__(self):
        raise ValueError("repr exploded")

class BadStr:
    def __str__(self):
        raise KeyError("str exploded")

    def __repr__(self):
        return "BadStr()"

def attempt(label, fn):
    try:
        result = fn()
        print(label, "->", result)
    except Exception as e:
        print(label, "->", type(e).__name__, e)

attempt("repr", lambda: repr(BadRepr()))
attempt("str falls back to repr", lambda: str(BadRepr()))
attempt("list repr", lambda: repr([1, BadRepr()]))
attempt("dict repr", lambda: str({"a": BadRepr()}))
attempt("fstring", lambda: f"{BadRepr()}")
attempt("fstring !r", lambda: f"{BadRepr()!r}")
attempt("str", lambda: str(BadStr()))
attempt("repr ok", lambda: repr(BadStr()))
attempt("list uses repr", lambda: str([BadStr()]))
attempt("format", lambda: "{}".format(BadStr()))
attempt("percent", lambda: "%s" % BadStr())
attempt("percent r", lambda: "%r" % BadStr())
attempt("join", lambda: ",".join([str(BadStr())]))

class NonString:
    def __repr__(self):
        return 42

class NoneStr:
    def __str__(self):
        return None

attempt("non-string repr", lambda: repr(NonString()))
attempt("None str", lambda: str(NoneStr()))
try:
    print(BadRepr())
except ValueError as e:
    print("print failed:", e)
print("done")
