# expect: Duration
# limits: duration=0.5
while True:
    try:
        1 / 0
    except ZeroDivisionError:
        pass
