from typing import Callable, Any, List, Dict, Optional


class TransientError(Exception):
    pass


class PermanentError(Exception):
    def __init__(self, code: int, msg: str):
        super().__init__(f"E{code}: {msg}")
        self.code = code


class RetryExhausted(Exception):
    def __init__(self, name: str, attempts: int):
        super().__init__(f"{name} failed after {attempts} attempts")
        self.attempts = attempts


def flaky(fail_times: int, result: Any):
    state = {"calls": 0}

    def call():
        state["calls"] += 1
        if state["calls"] <= fail_times:
            raise TransientError(f"transient failure #{state['calls']}")
        return result

    call.state = state
    return call


def retry(fn: Callable[[], Any], name: str, max_attempts: int = 3, log: Optional[List[str]] = None):
    last = None
    for attempt in range(1, max_attempts + 1):
        try:
            value = fn()
            if log is not None:
                log.append(f"{name}: ok on attempt {attempt}")
            return value
        except TransientError as e:
            last = e
            if log is not None:
                log.append(f"{name}: attempt {attempt} -> {e}")
        except PermanentError:
            if log is not None:
                log.append(f"{name}: permanent error, giving up")
            raise
    raise RetryExhausted(name, max_attempts) from last


def always_broken():
    raise PermanentError(403, "forbidden")


jobs: Dict[str, Callable[[], Any]] = {
    "fetch_user": flaky(0, {"id": 7}),
    "fetch_orders": flaky(2, [1, 2, 3]),
    "fetch_prefs": flaky(5, None),
    "fetch_secret": always_broken,
}

log: List[str] = []
results = {}
for name, fn in jobs.items():
    try:
        results[name] = retry(fn, name, log=log)
        print(f"{name}: {results[name]!r}")
    except RetryExhausted as e:
        print(f"{name}: exhausted ({e.attempts}) cause={e.__cause__}")
    except PermanentError as e:
        print(f"{name}: permanent code={e.code} msg={e}")

print("--- log ---")
for line in log:
    print(" ", line)
print("calls made:", {n: f.state["calls"] for n, f in jobs.items() if hasattr(f, "state")})


class Budget:
    def __init__(self, total: int):
        self.total = total
        self.used = 0

    def __enter__(self):
        print(f"  budget open: {self.total}")
        return self

    def spend(self, n: int):
        if self.used + n > self.total:
            raise TransientError(f"budget exceeded: {self.used}+{n}>{self.total}")
        self.used += n

    def __exit__(self, exc_type, exc, tb):
        print(f"  budget close: used {self.used}/{self.total} exc={exc_type.__name__ if exc_type else None}")
        return exc_type is TransientError


for total in (10, 4):
    with Budget(total) as b:
        for cost in (3, 3, 3):
            b.spend(cost)
        print("  all spent ok")
    print("after with, used =", b.used)
