class Touchy:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if not isinstance(other, Touchy):
            raise TypeError(f"cannot compare Touchy with {type(other).__name__}")
        return self.v == other.v

    def __hash__(self):
        return 1

def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

t = Touchy(1)
attempt("same type", lambda: t == Touchy(1))
attempt("identity", lambda: t in [t])
attempt("vs int", lambda: t == 5)
attempt("int vs", lambda: 5 == t)
attempt("in list", lambda: 3 in [Touchy(0), 3])
attempt("list index", lambda: [Touchy(2), t].index(Touchy(1)))
attempt("list index int", lambda: [Touchy(2)].index(9))
attempt("dict collide", lambda: {t: "a"}[Touchy(1)])
attempt("dict miss", lambda: {t: "a"}.get(Touchy(2), "none"))
attempt("dict other key", lambda: {t: "a"}.get(1, "none"))
attempt("ne", lambda: t != "x")

class Sometimes:
    count = 0

    def __eq__(self, other):
        Sometimes.count += 1
        if Sometimes.count == 3:
            raise RuntimeError("third compare fails")
        return False

items = [Sometimes() for _ in range(5)]
attempt("count", lambda: items.count(object()))
print(Sometimes.count)
