"""Streaming metrics: moving averages and windowed anomalies with deque."""
from collections import deque
from itertools import islice, accumulate
import statistics

READINGS = [12.0, 12.5, 13.1, 12.8, 30.2, 13.0, 12.7, 12.9, 13.4, 2.1, 13.2, 13.3, 13.1, 12.6, 13.0]


class MovingWindow:
    def __init__(self, size: int):
        self.window = deque(maxlen=size)

    def push(self, value: float):
        self.window.append(value)

    @property
    def full(self) -> bool:
        return len(self.window) == self.window.maxlen

    def mean(self) -> float:
        return statistics.fmean(self.window)

    def median(self) -> float:
        return statistics.median(self.window)


w = MovingWindow(4)
for i, x in enumerate(READINGS):
    if w.full:
        med = w.median()
        dev = abs(x - med)
        flag = "ANOMALY" if dev > 5 else ""
        print(f"t={i:>2} x={x:5.1f} window_mean={w.mean():6.3f} median={med:6.2f} {flag}")
    else:
        print(f"t={i:>2} x={x:5.1f} (warming up, {len(w.window)} samples)")
    w.push(x)


def sliding(iterable, n):
    it = iter(iterable)
    win = deque(islice(it, n), maxlen=n)
    if len(win) == n:
        yield tuple(win)
    for item in it:
        win.append(item)
        yield tuple(win)


triples = list(sliding(range(1, 8), 3))
print("triples:", triples)
print("running totals:", list(accumulate(range(1, 8))))
print("running max:", list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))

d = deque([1, 2, 3, 4, 5])
d.rotate(2)
print("rotated:", list(d))
d.appendleft(0)
d.extend([9, 9])
print("deque:", d, "pop:", d.pop(), "popleft:", d.popleft())
print("count 9:", d.count(9), "index 4:", d.index(4))
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
