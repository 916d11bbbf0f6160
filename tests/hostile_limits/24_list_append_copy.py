# expect: Memory
# limits: memory=32M
l = [0]
while True:
    l.append(l[:])
