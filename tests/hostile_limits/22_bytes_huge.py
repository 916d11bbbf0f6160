# expect: Memory
# limits: memory=32M
b = bytes(10**11)
print(len(b))
