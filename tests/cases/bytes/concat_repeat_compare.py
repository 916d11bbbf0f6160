# bytes concatenation, repetition, comparison
a = b"abc"
b = b"abd"
print(a + b)
print(a * 3)
print(2 * b"-")
print(a * 0)
print(a < b, a > b, a == b"abc", a != b)
print(b"" < b"\x00")
print(b"Z" < b"a")
print(sorted([b"pear", b"apple", b"Banana"]))
print(max(b"ab", b"b"))
print(b"abc" + bytes([100]))
c = a
a += b"!"
print(a, c)
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc" < "abc"
except TypeError as e:
    print("TypeError:", e)
