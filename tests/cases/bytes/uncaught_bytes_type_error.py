# Mixing str and bytes while assembling a message raises TypeError
parts = [b"HEADER", b"|", b"payload"]
msg = b""
print("parts:", len(parts))
for p in parts:
    msg += p
    print("msg:", msg, len(msg))
print("adding footer")
msg += "FOOTER"
print(msg)
