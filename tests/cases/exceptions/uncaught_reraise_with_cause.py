def fetch(key, store):
    try:
        return store[key]
    except KeyError as e:
        raise RuntimeError(f"fetch failed for {key!r}") from e
store = {"a": 1, "b": 2}
print("a:", fetch("a", store))
print("b:", fetch("b", store))
try:
    fetch("z", store)
except RuntimeError as e:
    print("handled once:", e, "| cause:", repr(e.__cause__))
print("now unhandled:")
fetch("q", store)
