# isinstance and issubclass with builtin types and tuples of types
vals = [1, True, 1.5, "s", b"b", [1], (1,), {1: 2}, None, range(2)]
types = [int, bool, float, str, bytes, list, tuple, dict, object]
for v in vals:
    print(repr(v), [t.__name__ for t in types if isinstance(v, t)])
print(isinstance(3, (float, str)), isinstance(3, (float, int)))
print(isinstance("x", ((int, float), (list, str))))
print(isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object))
print(issubclass(bool, (str, int)), issubclass(float, (str, list)))
print(issubclass(int, int))
print(isinstance(int, type), isinstance(type, type))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
