# expect: Memory
# limits: memory=32M
s = '%s' % ('a' * 10**6) * 10**6
print(len(s))
