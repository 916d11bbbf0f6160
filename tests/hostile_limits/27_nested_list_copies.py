# expect: Memory
# limits: memory=32M
x = [0, 1]
while True:
    x = [x[:], x[:]]
