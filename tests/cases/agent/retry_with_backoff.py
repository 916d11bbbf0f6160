attempt_counts = {}

def make_flaky(name, failures, exc_type):
    state = {"calls": 0}
    def call(payload):
        state["calls"] += 1
        attempt_counts[name] = state["calls"]
        if state["calls"] <= failures:
            raise exc_type(f"{name} failure #{state['calls']}")
        return f"{name} ok: {payload}"
    return call

def retry(fn, payload, max_attempts=4, base_delay=1, retry_on=(ConnectionError, TimeoutError)):
    delay = base_delay
    waited = 0
    for attempt in range(1, max_attempts + 1):
        try:
            result = fn(payload)
        except retry_on as e:
            print(f"  attempt {attempt} failed: {type(e).__name__}: {e}")
            if attempt == max_attempts:
                raise RuntimeError(f"giving up after {attempt} attempts") from e
            waited += delay
            print(f"  would sleep {delay}s (total {waited}s)")
            delay *= 2
        else:
            print(f"  attempt {attempt} succeeded")
            return result, waited

services = [
    ("alpha", 0, ConnectionError),
    ("beta", 2, TimeoutError),
    ("gamma", 5, ConnectionError),
    ("delta", 1, ValueError),
]
summary = {}
for name, failures, exc in services:
    print(f"calling {name}:")
    fn = make_flaky(name, failures, exc)
    try:
        result, waited = retry(fn, {"x": 1})
        print("  result:", result, "| waited", waited)
        summary[name] = "ok"
    except RuntimeError as e:
        print("  error:", e, "| cause:", type(e.__cause__).__name__)
        summary[name] = "gave up"
    except Exception as e:
        print("  not retryable:", type(e).__name__, e)
        summary[name] = "fatal"
print("summary:", summary)
print("attempts:", attempt_counts)
