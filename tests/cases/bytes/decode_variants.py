# Decoding bytes with different codecs and error handlers
data = [b"hello", b"h\xc3\xa9llo", b"\xe6\x97\xa5\xe6\x9c\xac", b"\xf0\x9f\x99\x82", b"caf\xe9"]
for d in data:
    try:
        print(repr(d), "->", repr(d.decode()))
    except UnicodeDecodeError as e:
        print(repr(d), "-> UnicodeDecodeError:", e)
print(b"caf\xe9".decode("latin-1"))
print(b"caf\xe9".decode("utf-8", "replace"))
print(b"caf\xe9".decode("utf-8", "ignore"))
print(b"abc".decode("ascii"))
print(repr(b"".decode()))
print(str(b"h\xc3\xa9", "utf-8"))
try:
    b"\x80abc".decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
