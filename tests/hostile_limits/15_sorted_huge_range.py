# expect: Memory
# limits: memory=32M
print(sorted(range(10**15), key=lambda x: -x)[0])
