# expect: Duration
# limits: duration=0.5
while True:
    sorted(range(1000), key=lambda x: -x)
