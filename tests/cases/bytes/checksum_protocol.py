# Building and parsing a tiny binary packet format
def checksum(data):
    s = 0
    for x in data:
        s = (s + x) & 0xFF
    return s

def build(kind, payload):
    header = bytes([0xAA, kind, len(payload)])
    body = header + payload
    return body + bytes([checksum(body)])

def parse(pkt):
    if pkt[0] != 0xAA:
        raise ValueError("bad magic: " + hex(pkt[0]))
    kind, n = pkt[1], pkt[2]
    payload = pkt[3:3 + n]
    ok = checksum(pkt[:-1]) == pkt[-1]
    return kind, payload, ok

p = build(1, b"ping")
print(p, p.hex(" "))
print(parse(p))
p2 = build(7, "héllo".encode())
print(p2.hex())
k, payload, ok = parse(p2)
print(k, payload.decode(), ok)
bad = p2[:-1] + bytes([(p2[-1] + 1) & 0xFF])
print(parse(bad))
try:
    parse(b"\x00\x01\x00\x01")
except ValueError as e:
    print("ValueError:", e)
