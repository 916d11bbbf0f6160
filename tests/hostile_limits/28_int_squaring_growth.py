# expect: Memory
# limits: memory=32M
x = 7
while True:
    x = x * x
print(str(x))
