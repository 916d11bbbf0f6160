# expect: Allocations
# limits: allocations=100000
i = 0
while True:
    d = {'k': [i], 'v': str(i)}
    i += 1
