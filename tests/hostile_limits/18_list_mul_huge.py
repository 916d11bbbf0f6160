# expect: Memory
# limits: memory=32M
x = [0] * 10**10
print(len(x))
