def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str() if not v:
            return "empty string"
        case str(s):
            return f"string of length {len(s)}"
        case list([]):
            return "empty list"
        case list([x, *_]):
            return f"list starting with {x}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case dict():
            return f"dict with {len(v)} keys"
        case None:
            return "None"
        case _:
            return f"other {type(v).__name__}"


values = [True, -5, 7, 3.5, "", "abc", [], [9, 8], (1, 2), (1, 2, 3), {"a": 1}, None, {1, 2}]
for v in values:
    print(repr(v) if not isinstance(v, set) else "set", "->", kind(v))


def numeric(v):
    match v:
        case int() | float() as num if not isinstance(v, bool):
            return num * 2
        case str(text) if text.isdigit():
            return int(text) * 2
    return None


for v in [4, 2.5, "21", "x", False]:
    print(repr(v), numeric(v))
