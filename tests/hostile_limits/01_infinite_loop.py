# expect: Duration
# limits: duration=0.5
while True:
    pass
