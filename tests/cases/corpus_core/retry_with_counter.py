attempts_log = []

def make_flaky(fail_times, error=ConnectionError):
    state = {"calls": 0}
    def op(payload):
        state["calls"] += 1
        attempts_log.append(state["calls"])
        if state["calls"] <= fail_times:
            raise error(f"attempt {state['calls']} failed for {payload}")
        return f"ok({payload}) after {state['calls']} calls"
    return op

def retry(op, payload, max_attempts=3, retry_on=(ConnectionError, TimeoutError)):
    last = None
    for attempt in range(1, max_attempts + 1):
        try:
            result = op(payload)
        except retry_on as e:
            last = e
            delay = 0.1 * 2 ** (attempt - 1)
            print(f"  attempt {attempt}: {type(e).__name__}: {e}; backoff {delay:.1f}s")
        else:
            print(f"  attempt {attempt}: success")
            return result
    raise RuntimeError(f"gave up after {max_attempts} attempts") from last

scenarios = [
    ("succeeds first", make_flaky(0), 3),
    ("succeeds third", make_flaky(2), 3),
    ("always fails", make_flaky(10), 4),
    ("timeouts", make_flaky(1, TimeoutError), 2),
    ("non-retryable", make_flaky(1, ValueError), 5),
]
for name, op, n in scenarios:
    print(f"{name}:")
    try:
        print("  result:", retry(op, name.split()[0], n))
    except RuntimeError as e:
        print(f"  RuntimeError: {e} (cause: {type(e.__cause__).__name__}: {e.__cause__})")
    except Exception as e:
        print(f"  not retried: {type(e).__name__}: {e}")

print("attempt log:", attempts_log)
print("total attempts:", len(attempts_log))

tries = 0
while True:
    tries += 1
    try:
        if tries < 4:
            raise OSError(f"disk busy #{tries}")
        print("wrote file on try", tries)
        break
    except OSError as e:
        print("retrying:", e)
