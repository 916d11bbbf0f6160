"""Sliding-window and token-bucket rate limiters driven by a fake clock."""
from collections import deque, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Deque, Dict

T0 = datetime(2024, 5, 1, 12, 0, 0)


@dataclass
class SlidingWindowLimiter:
    limit: int
    window: timedelta
    hits: Dict[str, Deque[datetime]] = field(default_factory=lambda: defaultdict(deque))

    def allow(self, client: str, now: datetime) -> bool:
        q = self.hits[client]
        while q and now - q[0] >= self.window:
            q.popleft()
        if len(q) < self.limit:
            q.append(now)
            return True
        return False

    def retry_after(self, client: str, now: datetime) -> timedelta:
        q = self.hits[client]
        return (q[0] + self.window) - now if len(q) >= self.limit else timedelta(0)


@dataclass
class TokenBucket:
    capacity: float
    rate_per_sec: float
    tokens: float = 0.0
    last: datetime = T0

    def __post_init__(self):
        self.tokens = self.capacity

    def take(self, now: datetime, cost: float = 1.0) -> bool:
        elapsed = (now - self.last).total_seconds()
        self.tokens = min(self.capacity, self.tokens + elapsed * self.rate_per_sec)
        self.last = now
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False


limiter = SlidingWindowLimiter(limit=3, window=timedelta(seconds=10))
offsets = [0, 1, 2, 3, 9.5, 10, 10.5, 12, 25]
for off in offsets:
    now = T0 + timedelta(seconds=off)
    ok = limiter.allow("alice", now)
    extra = "" if ok else f" retry after {limiter.retry_after('alice', now).total_seconds()}s"
    print(f"{now.strftime('%H:%M:%S.%f')[:-3]} alice -> {'allow' if ok else 'DENY '}{extra}")
print("bob independent:", limiter.allow("bob", T0 + timedelta(seconds=1)), sorted(limiter.hits))

bucket = TokenBucket(capacity=5, rate_per_sec=0.5)
results = []
for i in range(12):
    now = T0 + timedelta(seconds=i * 0.5)
    results.append("Y" if bucket.take(now) else "n")
print("bucket burst:", "".join(results), f"tokens left {bucket.tokens:.2f}")
later = T0 + timedelta(minutes=1)
print("after a minute:", bucket.take(later, cost=4), f"{bucket.tokens:.2f}")
print("big request:", bucket.take(later, cost=10))
window_q = deque(maxlen=3)
for x in range(6):
    window_q.append(x)
print("bounded deque keeps last 3:", list(window_q), window_q.maxlen)
print("timedelta math:", timedelta(seconds=90) // timedelta(seconds=60), timedelta(hours=1) / timedelta(minutes=7), -timedelta(seconds=5))
print("compare:", timedelta(seconds=59) < timedelta(minutes=1), abs(timedelta(days=-1, seconds=3600)))
