# expect: Instructions
# limits: instructions=100000
while True:
    try:
        for i in range(10**9):
            pass
    except BaseException:
        pass
    finally:
        pass
