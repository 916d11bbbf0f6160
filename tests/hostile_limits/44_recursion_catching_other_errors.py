# expect: RecursionError
# limits: recursion=200
def f(n):
    try:
        return f(n + 1)
    except ValueError:
        return 0
    finally:
        n += 1


f(0)
