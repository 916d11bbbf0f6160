# expect: Memory
# limits: memory=32M
s = 'a'
while True:
    s = s + s
