from dataclasses import dataclass, field
from typing import List, Dict, Generator, Optional
from collections import deque


@dataclass(order=True)
class Task:
    priority: int
    name: str
    duration: int = field(compare=False)
    deps: List[str] = field(default_factory=list, compare=False)
    done: bool = field(default=False, compare=False)


class CycleError(Exception):
    pass


def topo_order(tasks: Dict[str, Task]) -> List[str]:
    indeg = {name: 0 for name in tasks}
    for t in tasks.values():
        for d in t.deps:
            indeg[t.name] += 1
    ready = sorted([tasks[n] for n, d in indeg.items() if d == 0])
    order = []
    while ready:
        cur = ready.pop(0)
        order.append(cur.name)
        for t in tasks.values():
            if cur.name in t.deps:
                indeg[t.name] -= 1
                if indeg[t.name] == 0:
                    ready.append(t)
                    ready.sort()
    if len(order) != len(tasks):
        stuck = sorted(n for n in tasks if n not in order)
        raise CycleError(f"cycle among {stuck}")
    return order


def worker(name: str) -> Generator[str, int, int]:
    total = 0
    while True:
        work = yield f"{name} idle (total {total})"
        if work is None:
            break
        total += work
    return total


def round_robin(tasks: List[Task], slice_: int):
    queue = deque((t.name, t.duration) for t in tasks)
    clock = 0
    while queue:
        name, remaining = queue.popleft()
        step = min(slice_, remaining)
        clock += step
        remaining -= step
        yield clock, name, remaining
        if remaining:
            queue.append((name, remaining))


tasks = {
    "fetch": Task(1, "fetch", 3),
    "parse": Task(2, "parse", 2, ["fetch"]),
    "index": Task(3, "index", 5, ["parse"]),
    "thumbs": Task(1, "thumbs", 4, ["fetch"]),
    "publish": Task(0, "publish", 1, ["index", "thumbs"]),
}
order = topo_order(tasks)
print("topological order:", order)

w = worker("w1")
print(next(w))
for name in order:
    print(w.send(tasks[name].duration), "after", name)
try:
    w.send(None)
except StopIteration as stop:
    print("worker finished with", stop.value)

for clock, name, rem in round_robin([tasks[n] for n in order], 2):
    status = "done" if rem == 0 else f"{rem} left"
    print(f"t={clock:>2} ran {name:<8} {status}")

cyclic = {
    "a": Task(1, "a", 1, ["c"]),
    "b": Task(1, "b", 1, ["a"]),
    "c": Task(1, "c", 1, ["b"]),
    "d": Task(0, "d", 1),
}
try:
    topo_order(cyclic)
except CycleError as e:
    print("cycle detected:", e)

by_prio = sorted(tasks.values())
print("by priority:", [(t.priority, t.name) for t in by_prio])
print("max duration:", max(tasks.values(), key=lambda t: t.duration).name)
print("total work:", sum(t.duration for t in tasks.values()))
