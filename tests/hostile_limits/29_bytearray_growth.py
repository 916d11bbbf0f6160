# expect: Memory
# limits: memory=32M
b = bytearray(b'x')
while True:
    b += b
    b.extend(b'y' * 1024)
