# expect: Memory
# limits: memory=32M
s = 'a' * 10**12
print(len(s))
