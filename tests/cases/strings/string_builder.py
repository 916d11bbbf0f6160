# Building strings incrementally, and immutability
s = ""
for i in range(5):
    s += str(i) * (i + 1)
    print(len(s), s)
parts = []
for word in "one two three".split():
    parts.append(word[::-1].upper())
print("-".join(parts))
a = "abc"
b = a
a += "d"
print(a, b)
print("abc".upper() is not None)
chars = list("hello")
chars[0] = "j"
print("".join(chars))
s = "x"
for _ in range(10):
    s = s + s
print("doubled length:", len(s))
print(("ab" "cd"), "implicit concat")
multi = """line one
  line two"""
print(multi)
print(multi.count("\n"))
