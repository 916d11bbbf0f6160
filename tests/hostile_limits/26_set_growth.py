# expect: Memory
# limits: memory=32M
s = set()
i = 0
while True:
    s.add(str(i) * 50)
    i += 1
