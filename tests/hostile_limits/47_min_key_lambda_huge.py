# expect: Duration
# limits: duration=0.5
print(min(range(10**15), key=lambda v: -v))
