# expect: Duration
# limits: duration=0.5
while True:
    try:
        raise RuntimeError("again")
    except BaseException:
        pass
    finally:
        continue
