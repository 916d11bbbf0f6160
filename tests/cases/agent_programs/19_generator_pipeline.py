"""Lazy data pipeline built from generator stages, with a stage-composition helper."""
from collections import Counter, deque
from typing import Any, Callable, Dict, Generator, Iterable, Iterator, List

Record = Dict[str, Any]
Stage = Callable[[Iterable[Any]], Iterator[Any]]

RAW_EVENTS = [
    "user=ann action=login ms=120",
    "user=bob action=view ms=45 page=home",
    "user=ann action=view ms=300 page=cart",
    "# comment line",
    "user=cy action=purchase ms=800 amount=42.50",
    "",
    "user=bob action=purchase ms=650 amount=19.99",
    "user=ann action=logout ms=10",
    "broken record without equals",
    "user=cy action=view ms=80 page=home",
]

trace: List[str] = []


def traced(fn: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
    def wrapper(*args: Any, **kwargs: Any) -> Iterator[Any]:
        for item in fn(*args, **kwargs):
            trace.append(fn.__name__)
            yield item
    wrapper.__name__ = fn.__name__
    return wrapper


@traced
def non_empty(lines: Iterable[str]) -> Iterator[str]:
    return (ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


@traced
def parse(lines: Iterable[str]) -> Iterator[Record]:
    for ln in lines:
        pairs = [p.split("=", 1) for p in ln.split()]
        if not all(len(p) == 2 for p in pairs):
            continue
        rec: Record = {k: v for k, v in pairs}
        rec["ms"] = int(rec.get("ms", 0))
        if "amount" in rec:
            rec["amount"] = float(rec["amount"])
        yield rec


def where(pred: Callable[[Record], bool]) -> Stage:
    @traced
    def where(records: Iterable[Record]) -> Iterator[Record]:
        yield from (r for r in records if pred(r))
    return where


def window_avg(size: int) -> Stage:
    def stage(records: Iterable[Record]) -> Iterator[Record]:
        win: deque = deque(maxlen=size)
        for r in records:
            win.append(r["ms"])
            yield {**r, "avg_ms": round(sum(win) / len(win), 1)}
    return stage


def pipeline(*stages: Stage) -> Stage:
    def run(source: Iterable[Any]) -> Iterator[Any]:
        data: Iterable[Any] = source
        for st in stages:
            data = st(data)
        return iter(data)
    return run


def running_total() -> Generator[float, float, None]:
    total = 0.0
    while True:
        amount = yield total
        total += amount


full = pipeline(non_empty, parse, where(lambda r: r["ms"] >= 40), window_avg(3))
gen = full(RAW_EVENTS)
print("pipeline object is lazy; trace so far:", trace)
first = next(gen)
print("first:", first)
print("trace after first:", trace)
rest = list(gen)
for r in rest:
    print(f"  {r['user']:<4}{r['action']:<9}{r['ms']:>5}ms  avg={r['avg_ms']:>6}")
print("stage emission counts:", dict(Counter(trace)))

acc = running_total()
next(acc)
purchases = pipeline(non_empty, parse, where(lambda r: r["action"] == "purchase"))(RAW_EVENTS)
for p in purchases:
    print(f"  purchase by {p['user']}: {p['amount']:.2f} -> running {acc.send(p['amount']):.2f}")
acc.close()

per_user = Counter()
for rec in parse(non_empty(RAW_EVENTS)):
    per_user[rec["user"]] += rec["ms"]
print("time per user:", sorted(per_user.items(), key=lambda kv: -kv[1]))
pages = Counter(r.get("page") for r in parse(RAW_EVENTS) if "page" in r)
print("pages:", pages.most_common())
squares = (n * n for n in range(10))
evens = (s for s in squares if s % 2 == 0)
print("even squares:", list(evens), "| exhausted again:", list(evens))
