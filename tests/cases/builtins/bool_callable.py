# bool() truthiness and callable()
vals = [0, 1, -1, 0.0, 0.1, "", " ", "0", [], [0], (), {}, {0: 0}, None, set(), range(0), range(1), b"", 2 ** 100]
for v in vals:
    print(repr(v), bool(v))
print(bool(), bool(bool))
print(callable(len), callable(print), callable(42), callable("x"), callable(lambda: 1))
print(callable(int), callable(str.upper), callable("x".upper), callable(None))
def f():
    return 1
print(callable(f), callable(f()))
print(not 0, not [], not "a")
