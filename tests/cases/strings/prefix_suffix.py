# removeprefix / removesuffix
names = ["test_alpha.py", "test_beta.py", "helper.py", "test_.py", "test_gamma.txt"]
for n in names:
    stem = n.removesuffix(".py")
    core = stem.removeprefix("test_")
    print(repr(n), "->", repr(stem), "->", repr(core))
print(repr("aaa".removeprefix("a")))
print(repr("aaa".removesuffix("a")))
print(repr("abc".removeprefix("")))
print(repr("abc".removesuffix("")))
print(repr("abc".removeprefix("abcd")))
print(repr("abc".removeprefix("abc")))
print(repr("Hello".removeprefix("hello")))
try:
    "abc".removeprefix(None)
except TypeError as e:
    print("TypeError:", e)
