# expect: Duration
# limits: duration=0.5
acc = 0
for i in range(10**9):
    for j in range(10**9):
        acc ^= i + j
