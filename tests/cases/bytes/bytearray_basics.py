# bytearray mutation
ba = bytearray(b"hello")
print(ba)
ba[0] = ord("H")
print(ba)
ba.append(33)
print(ba)
ba.extend(b" world")
print(ba)
ba[1:5] = b"ELLO"
print(ba)
del ba[0]
print(ba)
print(ba.pop(), ba)
ba.insert(0, 72)
print(ba)
print(bytes(ba), len(ba))
ba.reverse()
print(ba)
print(bytearray(3), bytearray([1, 2, 3]))
print(ba.decode())
print(bytearray(b"abc") == b"abc")
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError:", e)
