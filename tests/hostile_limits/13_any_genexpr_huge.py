# expect: Duration
# limits: duration=0.5
print(any(x < 0 for x in range(10**15)))
