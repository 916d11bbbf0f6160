# expect: Duration
# limits: duration=0.5
print(sum(range(10**12)))
