log = []

class EnterFails:
    def __enter__(self):
        log.append("enter")
        raise ConnectionError("enter failed")

    def __exit__(self, *a):
        log.append("exit")
        return False

class ExitFails:
    def __enter__(self):
        log.append("enter")
        return self

    def __exit__(self, et, ev, tb):
        log.append(f"exit saw {et.__name__ if et else None}")
        raise RuntimeError("exit failed")

try:
    with EnterFails():
        log.append("body")
except ConnectionError as e:
    print("ConnectionError:", e)
print(log); log.clear()

try:
    with ExitFails():
        log.append("body")
except RuntimeError as e:
    print("RuntimeError:", e)
print(log); log.clear()

try:
    with ExitFails():
        raise KeyError("original")
except RuntimeError as e:
    print("RuntimeError:", e)
    print("context:", type(e.__context__).__name__, e.__context__)
print(log); log.clear()

class InitFails:
    made = 0

    def __init__(self, n):
        InitFails.made += 1
        self.n = n
        if n < 0:
            raise ValueError(f"bad n {n}")

obj = "unchanged"
try:
    obj = InitFails(-1)
except ValueError as e:
    print("ValueError:", e)
print(obj, InitFails.made)
obj = InitFails(2)
print(obj.n, InitFails.made)
