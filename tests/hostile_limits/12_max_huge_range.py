# expect: Duration
# limits: duration=0.5
print(max(range(10**15)))
