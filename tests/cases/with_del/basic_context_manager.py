class Tracer:
    def __init__(self, name):
        self.name = name
        print(f"init {name}")

    def __enter__(self):
        print(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}: exc_type={exc_type}")
        return False


with Tracer("a") as t:
    print("inside, t.name =", t.name)
print("after with")

with Tracer("b"):
    print("no as target")


class ReturnsOther:
    def __enter__(self):
        return {"resource": 42}

    def __exit__(self, *args):
        print("exit args:", args)


with ReturnsOther() as r:
    print("as target is", r)
print("r still bound after with:", r)

mgr = Tracer("reused")
with mgr as m1:
    print("same object:", m1 is mgr)
with mgr:
    print("second use")
