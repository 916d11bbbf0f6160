log = []


class Res:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter

    def __enter__(self):
        if self.fail_enter:
            log.append(f"enter-fail {self.name}")
            raise RuntimeError(f"cannot open {self.name}")
        log.append(f"enter {self.name}")
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} ({et.__name__ if et else None})")
        return False


with Res("a") as a, Res("b") as b, Res("c") as c:
    print(a, b, c)
    log.append("body")
print(log)

log.clear()
try:
    with Res("x") as x, Res("y", fail_enter=True) as y:
        log.append("body never runs")
except RuntimeError as e:
    print("error:", e)
print(log)

log.clear()
try:
    with Res("p"), Res("q"):
        raise KeyError("in body")
except KeyError as e:
    print("error:", repr(e))
print(log)

log.clear()
with (Res("m") as m,
      Res("n") as n):
    log.append(m + n)
print(log)
