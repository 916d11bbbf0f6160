# bytes.hex and bytes.fromhex
b = b"\x00\x0f\xab\xff\x10"
print(b.hex())
print(b.hex(":"))
print(b.hex("-", 2))
print(b"".hex())
print("hello".encode().hex())
print(bytes.fromhex("48656c6c6f"))
print(bytes.fromhex("48 65 6c 6c 6f"))
print(bytes.fromhex("DE AD be ef"))
print(bytes.fromhex(""))
print(list(bytes.fromhex("00ff7f80")))
digest = bytes(range(0, 256, 17))
print(digest.hex(), len(digest.hex()))
print(bytes.fromhex(digest.hex()) == digest)
for bad in ["abc", "zz", "0g", "a b"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print("ValueError:", e)
