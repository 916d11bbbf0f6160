# expect: Memory
# limits: memory=32M
s = f"{1:>{10**9}}"
print(len(s))
