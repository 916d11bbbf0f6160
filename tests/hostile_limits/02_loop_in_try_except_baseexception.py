# expect: Duration
# limits: duration=0.5
# The limit must not be catchable: except BaseException must not swallow it.
try:
    while True:
        pass
except BaseException:
    pass
print("escaped the time limit")
