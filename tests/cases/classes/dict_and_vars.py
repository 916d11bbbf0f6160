class Record:
    kind = "record"

    def __init__(self, rid, **fields):
        self.rid = rid
        for k, v in fields.items():
            setattr(self, k, v)

r = Record(1, name="alpha", score=9.5)
print(r.__dict__)
print(vars(r))
print(vars(r) is r.__dict__)
r.extra = [1, 2]
print(r.__dict__)
r.__dict__["injected"] = "yes"
print(r.injected)
del r.__dict__["score"]
print(hasattr(r, "score"))
print(vars(r))
print(list(vars(r).keys()))
print("kind" in vars(r), r.kind)
r.kind = "override"
print(vars(r)["kind"])
e = Record(2)
print(vars(e))
print(len(vars(e)))

class Empty:
    pass

print(vars(Empty()))
x = Empty()
x.a = 1
x.b = 2
x.a = 3
print(x.__dict__)
for k, v in vars(x).items():
    print(k, "=", v)
print(sorted(vars(x).items(), key=lambda kv: -kv[1]))
snapshot = dict(vars(x))
x.c = 4
print(snapshot, vars(x))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
