# expect: Memory
# limits: memory=32M
# The memory limit must not be catchable: except BaseException must not swallow it.
hoard = []
while True:
    try:
        while True:
            hoard.append('z' * 1000)
    except BaseException:
        pass
    finally:
        hoard.append([0] * 100)
