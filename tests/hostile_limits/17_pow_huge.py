# expect: Memory
# limits: memory=32M
x = 2 ** 10**10
print(x.bit_length())
