# expect: Duration
# limits: duration=0.5
def naturals():
    n = 0
    while True:
        yield n
        n += 1


total = 0
for v in naturals():
    total += v & 1
