# expect: Memory
# limits: memory=32M
x = list(range(10**10))
print(len(x))
