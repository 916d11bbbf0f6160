# Summing lengths of fields; an int field causes an uncaught TypeError
fields = ["name", "email", [1, 2, 3], "phone", 42, "zip"]
total = 0
print("fields:", len(fields))
print("types:", [type(f).__name__ for f in fields])
for f in fields:
    n = len(f)
    total += n
    print(repr(f), "len", n, "total", total)
print("total", total)
