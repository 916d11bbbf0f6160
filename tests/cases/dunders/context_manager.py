log = []

class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        log.append(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        log.append(f"exit {self.name} {kind}")
        return self.swallow

with Resource("a") as r:
    log.append(f"body {r.name}")
print(log); log.clear()

try:
    with Resource("b"):
        log.append("about to fail")
        raise ValueError("bad")
        log.append("never")
except ValueError as e:
    log.append(f"caught {e}")
print(log); log.clear()

with Resource("c", swallow=True):
    raise KeyError("hidden")
log.append("after c")
print(log); log.clear()

with Resource("outer") as o, Resource("inner") as i:
    log.append(f"{o.name}+{i.name}")
print(log); log.clear()

def f():
    with Resource("ret"):
        return "returned"
print(f(), log); log.clear()

for n in range(3):
    with Resource(f"loop{n}"):
        if n == 1:
            continue
        log.append(f"work{n}")
print(log); log.clear()

class Value:
    def __enter__(self):
        return 42

    def __exit__(self, *args):
        print("exit args", args)

with Value() as v:
    print("v =", v)
