# print() with sep= and end=
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("a", "b", sep="\n")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="-", end="!\n")
print()
print("", "")
print(1, 2.5, None, True, [1], (2,), {"k": "v"}, "s")
print(*range(5))
print(*range(5), sep="|")
print(*"abc", sep=" + ", end=" = ?\n")
print("multi", end="\n\n")
print("after blank")
print(sep="x")
print("a", end=None)
print("b", sep=None)
for i in range(3):
    print(i, end=" ")
print()
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=1)
except TypeError as e:
    print("TypeError:", e)
