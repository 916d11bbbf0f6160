class TransientError(Exception):
    def __init__(self, attempt):
        super().__init__(f"transient failure on attempt {attempt}")
        self.attempt = attempt


class PermanentError(Exception):
    pass


class GaveUp(Exception):
    def __init__(self, attempts, last):
        super().__init__(f"gave up after {attempts} attempts")
        self.attempts = attempts
        self.last = last


def make_task(fail_times, permanent=False):
    state = {"calls": 0}

    def task():
        state["calls"] += 1
        if permanent:
            raise PermanentError("bad input")
        if state["calls"] <= fail_times:
            raise TransientError(state["calls"])
        return f"done after {state['calls']} calls"

    return task


def retry(task, limit):
    last = None
    for attempt in range(1, limit + 1):
        try:
            return task()
        except TransientError as e:
            print("  retrying:", e)
            last = e
    raise GaveUp(limit, last)


for label, task in [("easy", make_task(0)), ("flaky", make_task(2)),
                     ("broken", make_task(5)), ("perm", make_task(0, True))]:
    print(label)
    try:
        print("  result:", retry(task, 3))
    except GaveUp as g:
        print("  gave up:", g, "| last attempt", g.last.attempt)
    except PermanentError as p:
        print("  permanent:", repr(p))
