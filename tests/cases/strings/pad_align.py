# center/ljust/rjust with fill chars, and zfill
for w in [0, 3, 10, 11]:
    print(repr("abc".center(w)), repr("abc".ljust(w, ".")), repr("abc".rjust(w, "*")))
print(repr("ab".center(5, "-")))
print(repr("ab".center(6, "-")))
print(repr("abc".center(6, "-")))
print(repr("abc".center(8, "é")))
print(repr("".center(4, "x")))
print("42".zfill(5))
print("-42".zfill(5))
print("+42".zfill(5))
print("42".zfill(1))
print("-".zfill(3))
print("abc".zfill(6))
print("3.14".zfill(8))
print("-3.14".zfill(8))
print("".zfill(3))
try:
    "abc".center(10, "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".ljust(5, "")
except TypeError as e:
    print("TypeError:", e)
