# repr() of builtin values
vals = [0, -1, 2 ** 70, 1.0, 0.1, -0.0, float("inf"), "s", "it's", b"b", [1, "a"], (1,),
        (), {"k": [1]}, None, True, range(3), slice(None), slice(1, 5, 2), int, str, type(None),
        [[]], ([], {}), {1: {2: {3: ()}}}, bytearray(b"x")]
for v in vals:
    print(repr(v))
print(repr(repr("x")))
print(repr(type(1)), repr(type("")), repr(type([])), repr(type(print)))
print(type(len), type(lambda: 0).__name__, type(iter([])).__name__)
print(type(range(1)), type(None), type(...), type(NotImplemented).__name__)
