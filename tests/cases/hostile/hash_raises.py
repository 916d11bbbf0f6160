class NoHash:
    def __init__(self, tag):
        self.tag = tag

    def __hash__(self):
        raise ValueError(f"cannot hash {self.tag}")

def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

attempt("hash", lambda: hash(NoHash("a")))
attempt("dict literal", lambda: {NoHash("b"): 1})
attempt("set add", lambda: set().add(NoHash("c")))
attempt("in dict", lambda: NoHash("d") in {1: 2})
attempt("in list", lambda: NoHash("e") in [1, 2])
attempt("dict get", lambda: {}.get(NoHash("f")))
attempt("tuple hash", lambda: hash((1, NoHash("g"))))
attempt("frozenset", lambda: frozenset([NoHash("h")]))

d = {"ok": 1}
try:
    d[NoHash("i")] = 2
except ValueError as e:
    print("ValueError:", e)
print(d)

class Recurse:
    def __hash__(self):
        return hash(self)

try:
    hash(Recurse())
except RecursionError as e:
    print("recursion ->", type(e).__name__)
try:
    {Recurse(): 1}
except RecursionError as e:
    print(type(e).__name__)
print("done")
