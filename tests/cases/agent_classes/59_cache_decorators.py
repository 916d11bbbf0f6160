from typing import Any, Callable, Dict, Tuple, List, Optional
from collections import OrderedDict, Counter

call_log: List[str] = []


def counted(fn: Callable) -> Callable:
    counts = Counter()

    def wrapper(*args, **kwargs):
        counts[fn.__name__] += 1
        return fn(*args, **kwargs)

    wrapper.counts = counts
    wrapper.__name__ = fn.__name__
    return wrapper


def ttl_cache(ttl: int, clock: Callable[[], int]):
    def deco(fn):
        store: Dict[Tuple, Tuple[int, Any]] = {}

        def wrapper(*args):
            now = clock()
            if args in store:
                ts, val = store[args]
                if now - ts < ttl:
                    call_log.append(f"hit {fn.__name__}{args} @{now}")
                    return val
                call_log.append(f"expired {fn.__name__}{args} @{now}")
            val = fn(*args)
            store[args] = (now, val)
            call_log.append(f"miss {fn.__name__}{args} @{now}")
            return val

        wrapper.store = store
        wrapper.invalidate = lambda *a: store.pop(a, None) is not None
        return wrapper
    return deco


class FakeClock:
    def __init__(self):
        self.t = 0

    def __call__(self) -> int:
        return self.t

    def advance(self, n: int) -> "FakeClock":
        self.t += n
        return self


clock = FakeClock()


@ttl_cache(ttl=10, clock=clock)
@counted
def exchange_rate(src: str, dst: str) -> float:
    table = {("USD", "EUR"): 0.92, ("EUR", "USD"): 1.09, ("USD", "JPY"): 151.3}
    return table.get((src, dst), 1.0)


def convert(amount: float, src: str, dst: str) -> str:
    return f"{amount:,.2f} {src} = {amount * exchange_rate(src, dst):,.2f} {dst}"


timeline = [(0, 100, "USD", "EUR"), (3, 50, "USD", "EUR"), (4, 10, "USD", "JPY"),
            (9, 20, "USD", "EUR"), (12, 1, "USD", "EUR"), (14, 5, "USD", "JPY"), (15, 7, "EUR", "USD")]
for t, amt, s, d in timeline:
    clock.t = t
    print(f"t={t:>2}: {convert(amt, s, d)}")
print("invalidate USD->JPY:", exchange_rate.invalidate("USD", "JPY"), "again:", exchange_rate.invalidate("USD", "JPY"))
clock.advance(1)
print(convert(3, "USD", "JPY"))
print("cache keys:", sorted(exchange_rate.store))
print("log:")
for line in call_log:
    print("  ", line)
kinds = Counter(line.split()[0] for line in call_log)
print("summary:", dict(sorted(kinds.items())))


def make_accumulators():
    fns = []
    for i in range(3):
        total = [0]

        def acc(x, i=i, total=total):
            total[0] += x * (i + 1)
            return total[0]
        fns.append(acc)
    return fns


accs = make_accumulators()
print("accumulators:", [[a(v) for v in (1, 2, 3)] for a in accs])
late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print("late binding:", [f() for f in late], "early binding:", [f() for f in early])


def counter_factory(start: int = 0):
    n = start

    def inc(step: int = 1) -> int:
        nonlocal n
        n += step
        return n
    return inc


c = counter_factory(10)
print("counter:", c(), c(), c(5), c(-20))
