# expect: Memory
# limits: memory=32M
s = 'ab'
while True:
    s = f"{s}{s}"
