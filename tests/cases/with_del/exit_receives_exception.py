class Inspect:
    def __init__(self, suppress):
        self.suppress = suppress

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("  exit: clean")
        else:
            print("  exit: type =", exc_type.__name__)
            print("  exit: value =", repr(exc))
            print("  exit: isinstance =", isinstance(exc, exc_type))
            print("  exit: has traceback =", tb is not None)
        return self.suppress


print("case 1")
with Inspect(False):
    x = 1
print("case 2")
with Inspect(True):
    raise ValueError("bad thing")
print("suppressed, continuing")
print("case 3")
try:
    with Inspect(False):
        {}["missing"]
except KeyError as e:
    print("propagated:", repr(e))
print("case 4")
with Inspect(True):
    print("  before error")
    1 / 0
    print("  never printed")
print("done")
