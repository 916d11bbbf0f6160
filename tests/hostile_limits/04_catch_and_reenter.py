# expect: Duration
# limits: duration=0.5
def spin():
    while True:
        pass


while True:
    try:
        spin()
    except BaseException:
        continue
    finally:
        pass
