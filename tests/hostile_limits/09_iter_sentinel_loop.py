# expect: Duration
# limits: duration=0.5
# int() always returns 0, so the sentinel 1 is never reached.
for _ in iter(int, 1):
    pass
