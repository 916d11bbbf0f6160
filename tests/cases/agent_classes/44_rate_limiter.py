from collections import deque, defaultdict
from typing import Deque, Dict, List, Tuple


class RateLimited(Exception):
    def __init__(self, client: str, retry_after: int):
        super().__init__(f"client {client} rate limited, retry after {retry_after}")
        self.client = client
        self.retry_after = retry_after


class SlidingWindow:
    def __init__(self, limit: int, window: int):
        self.limit = limit
        self.window = window
        self.hits: Dict[str, Deque[int]] = defaultdict(deque)

    def check(self, client: str, now: int) -> None:
        q = self.hits[client]
        while q and q[0] <= now - self.window:
            q.popleft()
        if len(q) >= self.limit:
            raise RateLimited(client, q[0] + self.window - now)
        q.append(now)


class TokenBucket:
    def __init__(self, capacity: int, refill_every: int):
        self.capacity = capacity
        self.refill_every = refill_every
        self.tokens: Dict[str, int] = {}
        self.last: Dict[str, int] = {}

    def check(self, client: str, now: int) -> None:
        tokens = self.tokens.get(client, self.capacity)
        last = self.last.get(client, now)
        gained = (now - last) // self.refill_every
        if gained:
            tokens = min(self.capacity, tokens + gained)
            last += gained * self.refill_every
        if tokens == 0:
            raise RateLimited(client, last + self.refill_every - now)
        self.tokens[client] = tokens - 1
        self.last[client] = last


traffic: List[Tuple[int, str]] = [
    (0, "a"), (1, "a"), (1, "b"), (2, "a"), (3, "a"), (4, "b"), (5, "a"),
    (9, "a"), (10, "a"), (11, "a"), (12, "b"), (12, "a"), (20, "a"), (21, "a"),
]

for limiter in (SlidingWindow(3, 10), TokenBucket(3, 4)):
    name = type(limiter).__name__
    print(f"== {name} ==")
    stats = defaultdict(lambda: [0, 0])
    for t, client in traffic:
        try:
            limiter.check(client, t)
            stats[client][0] += 1
            print(f"  t={t:>2} {client}: ok")
        except RateLimited as e:
            stats[client][1] += 1
            print(f"  t={t:>2} {client}: LIMITED (retry in {e.retry_after})")
    for client, (ok, bad) in sorted(stats.items()):
        print(f"  {client}: allowed={ok} rejected={bad} ratio={ok / (ok + bad):.0%}")

burst = SlidingWindow(2, 5)
rejected_at = []
for t in range(12):
    try:
        burst.check("x", t)
    except RateLimited as e:
        rejected_at.append((t, e.retry_after))
print("burst rejections:", rejected_at)
