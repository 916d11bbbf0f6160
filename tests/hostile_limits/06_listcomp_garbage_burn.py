# expect: Duration
# limits: duration=0.5
while 1:
    x = [i for i in range(100)]
