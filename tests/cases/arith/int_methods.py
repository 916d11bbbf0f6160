# Methods and attributes on int objects
n = 42
print("n.real =", n.real)
print("n.imag =", n.imag)
print("n.numerator =", n.numerator)
print("n.denominator =", n.denominator)
print("(-7).conjugate() =", (-7).conjugate())
print("(10).bit_length() =", (10).bit_length())
print("(255).to_bytes(2, 'big') =", (255).to_bytes(2, "big"))
print("(255).to_bytes(2, 'little') =", (255).to_bytes(2, "little"))
print("(-1).to_bytes(2, 'big', signed=True) =", (-1).to_bytes(2, "big", signed=True))
print("int.from_bytes(b'\\x01\\x00', 'big') =", int.from_bytes(b"\x01\x00", "big"))
print("int.from_bytes(b'\\x01\\x00', 'little') =", int.from_bytes(b"\x01\x00", "little"))
print("int.from_bytes(b'\\xff\\xff', 'big', signed=True) =", int.from_bytes(b"\xff\xff", "big", signed=True))
print("(2**70).to_bytes(9, 'big') =", (2 ** 70).to_bytes(9, "big"))
print("(6).as_integer_ratio() =", (6).as_integer_ratio())
print("int.__name__ =", int.__name__)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
