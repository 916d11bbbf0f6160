# expect: Memory
# limits: memory=32M
s = 'x'.join(['ab'] * 10**9)
print(len(s))
