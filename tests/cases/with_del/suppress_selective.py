class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught.append(f"{exc_type.__name__}: {exc}")
            return True
        return False


s = Suppress(KeyError, ZeroDivisionError)
with s:
    {}["k"]
with s:
    10 / 0
with s:
    print("fine")
print(s.caught)

try:
    with s:
        int("nope")
except ValueError as e:
    print("not suppressed:", e)
print(len(s.caught))

lookup = Suppress(LookupError)
with lookup:
    [1, 2][5]
with lookup:
    {"a": 1}["b"]
print(lookup.caught)

results = []
for value in ["3", "x", "0", "5"]:
    with Suppress(ValueError, ZeroDivisionError) as guard:
        results.append(12 // int(value))
    if guard.caught:
        print("skipped", value, "->", guard.caught[0])
print(results)
