# Byte frequency analysis of a message
msg = "the rain in spain stays mainly in the plain".encode()
counts = [0] * 256
for x in msg:
    counts[x] += 1
for x in range(256):
    if counts[x]:
        print(repr(chr(x)), x, counts[x])
print("distinct:", sum(1 for c in counts if c))
top = max(range(256), key=lambda x: counts[x])
print("most common:", bytes([top]), counts[top])
print("space ratio:", round(counts[32] / len(msg), 3))
xored = bytes(x ^ 0x20 for x in msg[:9])
print("xor 0x20:", xored)
print("back:", bytes(x ^ 0x20 for x in xored))
