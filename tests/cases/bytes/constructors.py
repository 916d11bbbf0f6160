# bytes() constructors
print(bytes(5))
print(bytes(0))
print(bytes([72, 105, 33]))
print(bytes((0, 127, 128, 255)))
print(bytes(range(65, 71)))
print(bytes("héllo", "utf-8"))
print(bytes(b"abc"))
print(bytes(bytearray(b"xyz")))
print(bytes([]))
print(len(bytes(10)))
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes([-1])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError:", e)
try:
    bytes(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    bytes([1.5])
except TypeError as e:
    print("TypeError:", e)
