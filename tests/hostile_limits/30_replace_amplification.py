# expect: Memory
# limits: memory=32M
s = 'a'
while True:
    s = s.replace('a', 'aa')
