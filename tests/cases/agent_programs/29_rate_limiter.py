"""Rate limiters (token bucket, sliding window) simulated on a virtual clock."""
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Deque, Dict, List, Protocol


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def advance(self, dt: float) -> None:
        self.now = round(self.now + dt, 3)


class Limiter(Protocol):
    def allow(self, key: str) -> bool: ...


class RateLimited(Exception):
    def __init__(self, key: str, retry_after: float):
        super().__init__(f"{key} rate limited, retry after {retry_after:.2f}s")
        self.retry_after = retry_after


@dataclass
class TokenBucket:
    clock: Clock
    capacity: float
    refill_per_sec: float
    tokens: Dict[str, float] = field(default_factory=dict)
    last: Dict[str, float] = field(default_factory=dict)

    def _refill(self, key: str) -> None:
        now = self.clock.now
        prev = self.last.get(key, now)
        level = self.tokens.get(key, self.capacity)
        self.tokens[key] = min(self.capacity, level + (now - prev) * self.refill_per_sec)
        self.last[key] = now

    def allow(self, key: str) -> bool:
        self._refill(key)
        if self.tokens[key] >= 1:
            self.tokens[key] -= 1
            return True
        return False

    def retry_after(self, key: str) -> float:
        return (1 - self.tokens[key]) / self.refill_per_sec


@dataclass
class SlidingWindow:
    clock: Clock
    limit: int
    window: float
    hits: Dict[str, Deque[float]] = field(default_factory=lambda: defaultdict(deque))

    def allow(self, key: str) -> bool:
        q = self.hits[key]
        while q and q[0] <= self.clock.now - self.window:
            q.popleft()
        if len(q) < self.limit:
            q.append(self.clock.now)
            return True
        return False


def guarded(limiter: Limiter, key_fn=lambda *a: a[0]):
    def deco(fn):
        def wrapper(*args):
            key = key_fn(*args)
            if not limiter.allow(key):
                retry = limiter.retry_after(key) if isinstance(limiter, TokenBucket) else -1.0
                raise RateLimited(key, retry)
            return fn(*args)
        return wrapper
    return deco


clock = Clock()
bucket = TokenBucket(clock, capacity=3, refill_per_sec=2)
window = SlidingWindow(clock, limit=2, window=1.0)


@guarded(bucket)
def api_call(user: str, path: str) -> str:
    return f"200 {path}"


schedule = [(0.0, "ann"), (0.1, "ann"), (0.1, "ann"), (0.1, "ann"), (0.1, "bob"),
            (0.3, "ann"), (0.5, "ann"), (0.0, "ann"), (1.0, "ann"), (0.0, "ann")]
outcomes: Dict[str, List[str]] = defaultdict(list)
for dt, user in schedule:
    clock.advance(dt)
    try:
        res = api_call(user, "/items")
        outcomes[user].append("ok")
        print(f"t={clock.now:4.1f} {user}: {res} (tokens left {bucket.tokens[user]:.2f})")
    except RateLimited as exc:
        outcomes[user].append("429")
        print(f"t={clock.now:4.1f} {user}: 429 {exc}")
print("bucket outcomes:", dict(outcomes))

clock2 = Clock()
window.clock = clock2
pattern = []
for step in range(12):
    ok = window.allow("svc")
    pattern.append("+" if ok else "-")
    clock2.advance(0.25)
print("sliding window (2 per 1.0s, request every 0.25s):", "".join(pattern))
print("remaining timestamps:", list(window.hits["svc"]))
