# expect: Memory
# limits: memory=32M
s = 'xy'
while True:
    s = s * 2
