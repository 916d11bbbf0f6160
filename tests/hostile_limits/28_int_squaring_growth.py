# expect: MemoryError
# (ints are capped at 2**23 bits per operation: a catchable MemoryError before the limit)
# limits: memory=32M
x = 7
while True:
    x = x * x
print(str(x))
