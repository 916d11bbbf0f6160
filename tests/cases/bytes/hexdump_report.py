# A hexdump routine like an agent debugging a binary file
data = bytes(range(0x20, 0x5a)) + b"\x00\x01\xfe\xff" + "é🙂".encode()
def hexdump(data, width=16):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{off:08x}  {hexpart:<{width * 3 - 1}}  |{text}|")
hexdump(data)
print("total bytes:", len(data))
print("non-printable:", sum(1 for b in data if not 32 <= b < 127))
