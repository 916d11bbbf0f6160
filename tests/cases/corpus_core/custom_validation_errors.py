def validate_user(user):
    if not isinstance(user, dict):
        raise TypeError(f"user must be a dict, not {type(user).__name__}")
    for field in ("name", "email", "age"):
        if field not in user:
            raise KeyError(field)
    name = user["name"]
    if not isinstance(name, str) or not name.strip():
        raise ValueError("name must be a non-empty string")
    email = user["email"]
    if email.count("@") != 1 or "." not in email.split("@")[1]:
        raise ValueError(f"invalid email: {email!r}")
    age = user["age"]
    if not isinstance(age, int) or isinstance(age, bool):
        raise TypeError(f"age must be int, got {type(age).__name__}")
    if not 0 <= age <= 150:
        raise ValueError(f"age out of range: {age}")
    return {"name": name.strip().title(), "email": email.lower(), "age": age}

candidates = [
    {"name": " ada lovelace ", "email": "Ada@Example.COM", "age": 36},
    {"name": "bob", "email": "bob@nowhere", "age": 40},
    {"name": "", "email": "x@y.z", "age": 1},
    {"name": "cy", "email": "cy@y.org"},
    {"name": "di", "email": "di@y.org", "age": "22"},
    {"name": "ed", "email": "ed@y.org", "age": 200},
    {"name": "fay", "email": "f@a@b.c", "age": 3},
    ["not", "a", "dict"],
    {"name": "gus", "email": "gus@site.io", "age": True},
    {"name": "hal", "email": "hal@site.io", "age": 0},
]
valid, errors = [], {}
for i, c in enumerate(candidates):
    try:
        valid.append(validate_user(c))
    except KeyError as e:
        msg = f"missing field {e}"
        errors[i] = ("KeyError", msg)
    except (TypeError, ValueError) as e:
        errors[i] = (type(e).__name__, str(e))
print("valid:")
for v in valid:
    print("  ", v)
print("errors:")
for i, (kind, msg) in errors.items():
    print(f"  #{i} {kind}: {msg}")
kinds = {}
for kind, _ in errors.values():
    kinds[kind] = kinds.get(kind, 0) + 1
print(kinds)
e = KeyError("age")
print(str(e), repr(e), e.args, str(ValueError("a", 1)), ValueError().args, str(KeyError()))
