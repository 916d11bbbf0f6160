# expect: Duration
# limits: duration=0.5
try:
    raise ValueError("boom")
except ValueError:
    pass
finally:
    n = 0
    while True:
        n += 1
