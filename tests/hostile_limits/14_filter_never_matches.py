# expect: Duration
# limits: duration=0.5
# Nothing passes the filter, so the list stays empty: pure CPU burn.
print(list(filter(lambda x: x < 0, range(10**15))))
