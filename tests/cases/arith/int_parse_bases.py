# int() parsing with bases and prefixes
print(int("42"))
print(int("  -17  "))
print(int("+8"))
print(int("1_000_000"))
print(int("ff", 16))
print(int("FF", 16))
print(int("0xff", 16))
print(int("0xff", 0))
print(int("0o777", 0))
print(int("0b1011", 0))
print(int("1011", 2))
print(int("777", 8))
print(int("z", 36))
print(int("Zz", 36))
print(int("-0x10", 16))
print(int("10", 3))
print(int("0", 0))
print(int(" 1010 ", 2))
print(int("123456789012345678901234567890"))
print(int(3.99))
print(int(-3.99))
print(int(True))
bad = ["", "12a", "1__0", "_10", "0x", "1.5", "08"]
for s in bad:
    try:
        print(int(s, 0) if s == "08" else int(s))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("2", 2)
except ValueError as e:
    print("ValueError:", e)
