def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x * 2
print("check(3):", check(3))
try:
    check(-1)
except AssertionError as e:
    print("caught:", type(e).__name__, e)
try:
    assert 1 == 2
except AssertionError as e:
    print("no message:", repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("falsy list:", e)
assert True, "never fires"
assert "nonempty"
print("passing asserts ok")
try:
    assert False, ("tuple", "msg")
except AssertionError as e:
    print("tuple msg:", e.args)
def validate(d):
    assert isinstance(d, dict), "need dict"
    assert "id" in d, "missing id"
    assert d["id"] >= 0, "negative id"
    return "valid"
for d in [{"id": 1}, {"id": -1}, {}, [1]]:
    try:
        print(d, validate(d))
    except AssertionError as e:
        print(d, "invalid:", e)
