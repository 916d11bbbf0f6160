# expect: Allocations
# limits: allocations=100000
# Each tuple is freed right away, so only the allocation count catches this.
i = 0
while True:
    t = (i, i)
    i += 1
