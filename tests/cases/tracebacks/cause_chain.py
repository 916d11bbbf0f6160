def fetch(d, key):
    return d[key]

def lookup(d, key):
    try:
        return fetch(d, key)
    except KeyError as e:
        raise LookupError(f"no entry for {key!r}") from e

print(lookup({"a": 1}, "a"))
lookup({"a": 1}, "b")
