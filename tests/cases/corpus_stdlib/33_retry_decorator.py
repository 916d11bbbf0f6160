"""A retry decorator with backoff schedule (no real sleeping) and partials."""
from functools import wraps, partial
from typing import Callable, List, Tuple, Type, TypeVar

T = TypeVar("T")


class TransientError(Exception):
    pass


def retry(times: int = 3, exceptions: Tuple[Type[BaseException], ...] = (TransientError,),
          base_delay: float = 0.5, log: List[str] = None) -> Callable[[Callable[..., T]], Callable[..., T]]:
    def decorator(fn: Callable[..., T]) -> Callable[..., T]:
        @wraps(fn)
        def wrapper(*args, **kwargs) -> T:
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    delay = base_delay * 2 ** (attempt - 1)
                    msg = f"{fn.__name__} attempt {attempt}/{times} failed: {e!r}; would wait {delay}s"
                    if log is not None:
                        log.append(msg)
                    if attempt == times:
                        raise
            raise AssertionError("unreachable")
        wrapper.max_attempts = times
        return wrapper
    return decorator


events: List[str] = []


def flaky_factory(fail_times: int) -> Callable[[str], str]:
    state = {"calls": 0}

    @retry(times=4, log=events)
    def fetch(resource: str) -> str:
        """Fetch a resource, failing the first few times."""
        state["calls"] += 1
        if state["calls"] <= fail_times:
            raise TransientError(f"timeout #{state['calls']} for {resource}")
        return f"{resource}: ok after {state['calls']} call(s)"
    return fetch


for fails in (0, 2, 5):
    fetch = flaky_factory(fails)
    try:
        print(fetch("/data"))
    except TransientError as e:
        print("gave up:", type(e).__name__, e)
print("\n".join(events))
print("metadata:", fetch.__name__, "|", fetch.__doc__, "| max:", fetch.max_attempts, "| wrapped:", fetch.__wrapped__.__name__)


@retry(times=2, exceptions=(ZeroDivisionError,), log=events)
def ratio(a: int, b: int) -> float:
    return a / b


print("ratio:", ratio(6, 4))
try:
    ratio(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e, "| log entries:", len(events))

int_from_hex = partial(int, base=16)
print("partial:", int_from_hex("ff"), int_from_hex("10"), int_from_hex.func.__name__, int_from_hex.keywords)
power_of_two = partial(pow, 2)
print("powers:", [power_of_two(i) for i in range(8)])
quiet_retry = partial(retry, times=1, log=None)
once = quiet_retry()(lambda: "single shot")
print(once(), "| args:", quiet_retry.args, sorted(quiet_retry.keywords))
