"""Discrete-event scheduler: coroutine-style tasks driven by generators."""
from collections import deque, defaultdict
from dataclasses import dataclass, field
from typing import Deque, Dict, Generator, List, Optional, Tuple

Task = Generator[Tuple[str, object], object, str]


@dataclass(order=True)
class Wakeup:
    time: int
    seq: int
    name: str = field(compare=False)


class Scheduler:
    def __init__(self) -> None:
        self.now = 0
        self.ready: Deque[Tuple[str, object]] = deque()
        self.sleeping: List[Wakeup] = []
        self.tasks: Dict[str, Task] = {}
        self.mailboxes: Dict[str, Deque[object]] = defaultdict(deque)
        self.waiting_recv: Dict[str, bool] = {}
        self.results: Dict[str, str] = {}
        self._seq = 0

    def spawn(self, name: str, gen: Task) -> None:
        self.tasks[name] = gen
        self.ready.append((name, None))

    def _sleep(self, name: str, delay: int) -> None:
        self._seq += 1
        self.sleeping.append(Wakeup(self.now + delay, self._seq, name))
        self.sleeping.sort()

    def run(self) -> None:
        while self.ready or self.sleeping:
            if not self.ready:
                w = self.sleeping.pop(0)
                self.now = w.time
                self.ready.append((w.name, self.now))
                continue
            name, value = self.ready.popleft()
            try:
                op = self.tasks[name].send(value)
            except StopIteration as stop:
                self.results[name] = stop.value
                print(f"t={self.now:>3} {name} finished -> {stop.value!r}")
                continue
            match op:
                case ("sleep", int(delay)):
                    self._sleep(name, delay)
                case ("send", (target, msg)):
                    self.mailboxes[target].append(msg)
                    if self.waiting_recv.pop(target, False):
                        self.ready.append((target, self.mailboxes[target].popleft()))
                    self.ready.append((name, True))
                case ("recv", _):
                    if self.mailboxes[name]:
                        self.ready.append((name, self.mailboxes[name].popleft()))
                    else:
                        self.waiting_recv[name] = True
                case other:
                    try:
                        self.tasks[name].throw(RuntimeError(f"bad op {other!r}"))
                    except StopIteration as stop:
                        self.results[name] = stop.value
                        print(f"t={self.now:>3} {name} aborted -> {stop.value!r}")


def producer(n: int, target: str, gap: int) -> Task:
    for i in range(n):
        yield ("sleep", gap)
        ok = yield ("send", (target, f"item-{i}"))
        print(f"      producer sent item-{i} ok={ok}")
    yield ("send", (target, None))
    return f"sent {n}"


def consumer() -> Task:
    got: List[str] = []
    while True:
        msg = yield ("recv", None)
        if msg is None:
            break
        print(f"      consumer got {msg}")
        got.append(msg)
        yield ("sleep", 1)
    return ",".join(got)


def ticker(label: str, every: int, times: int) -> Task:
    stamps = []
    for _ in range(times):
        t = yield ("sleep", every)
        stamps.append(t)
        print(f"      {label} tick at t={t}")
    return f"{label}:{stamps}"


def faulty() -> Task:
    try:
        yield ("explode", 1)
    except RuntimeError as exc:
        print(f"      faulty caught: {exc}")
        return "recovered"
    return "never"


sched = Scheduler()
sched.spawn("cons", consumer())
sched.spawn("prod", producer(3, "cons", 2))
sched.spawn("tick", ticker("tick", 3, 3))
sched.spawn("bad", faulty())
sched.run()
print("final time:", sched.now)
for name, res in sorted(sched.results.items()):
    print(f"  {name:<5} {res}")
