# expect: Duration
# limits: duration=0.5
print(all(map(bool, range(1, 10**15))))
