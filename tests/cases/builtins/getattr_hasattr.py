# getattr/hasattr on builtin objects
s = "hello"
print(hasattr(s, "upper"), hasattr(s, "nope"))
print(getattr(s, "upper")())
print(getattr(s, "nope", "default"))
print(getattr([1, 2], "count")(2))
print(hasattr(5, "bit_length"), getattr(5, "bit_length")())
print(getattr(3.5, "real"), getattr(2, "denominator"))
print(hasattr({}, "keys"), hasattr((), "append"), hasattr([], "append"))
methods = ["strip", "split", "title"]
for m in methods:
    print(m, repr(getattr("  ab cd  ", m)()))
print(getattr(int, "__name__"), getattr(str, "__name__"))
try:
    getattr(s, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(5, "foo")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(s, 5)
except TypeError as e:
    print("TypeError:", e)
