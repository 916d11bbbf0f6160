# Indexing bytes gives ints; slicing gives bytes
b = b"Hello, World"
print(b[0], b[-1], b[7])
print(type(b[0]).__name__)
print(b[:5], b[7:], b[::-1], b[::2], b[-5:-1])
print(b[3:3], b[100:])
print(type(b[0:1]).__name__)
print(list(b[:5]))
for i, x in enumerate(b"abc"):
    print(i, x, chr(x))
print(sum(b"\x01\x02\x03"))
print(max(b"hello"), min(b"hello"))
print(b"l" in b, 108 in b, b"World" in b, b"world" in b)
try:
    b[50]
except IndexError as e:
    print("IndexError:", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
