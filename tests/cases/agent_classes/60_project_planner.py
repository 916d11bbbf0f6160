from dataclasses import dataclass, field, asdict
from typing import Dict, List, Optional, Tuple
from collections import defaultdict, deque, namedtuple

Slot = namedtuple("Slot", "start end")


class PlanError(Exception):
    pass


class UnknownDependency(PlanError):
    def __init__(self, task: str, dep: str):
        super().__init__(f"{task} depends on unknown task {dep}")
        self.task, self.dep = task, dep


@dataclass
class Task:
    name: str
    days: int
    deps: List[str] = field(default_factory=list)
    owner: Optional[str] = None
    slot: Optional[Slot] = None

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Task) and self.name == other.name


class Project:
    def __init__(self, name: str, tasks: List[Task]):
        self.name = name
        self.tasks: Dict[str, Task] = {t.name: t for t in tasks}
        for t in tasks:
            for d in t.deps:
                if d not in self.tasks:
                    raise UnknownDependency(t.name, d)

    def __iter__(self):
        return iter(sorted(self.tasks.values(), key=lambda t: (t.slot.start if t.slot else 0, t.name)))

    def __len__(self):
        return len(self.tasks)

    def schedule(self) -> int:
        indeg = {n: len(t.deps) for n, t in self.tasks.items()}
        children = defaultdict(list)
        for t in self.tasks.values():
            for d in t.deps:
                children[d].append(t.name)
        q = deque(sorted(n for n, d in indeg.items() if d == 0))
        finish: Dict[str, int] = {}
        while q:
            n = q.popleft()
            t = self.tasks[n]
            start = max((finish[d] for d in t.deps), default=0)
            t.slot = Slot(start, start + t.days)
            finish[n] = t.slot.end
            for c in sorted(children[n]):
                indeg[c] -= 1
                if indeg[c] == 0:
                    q.append(c)
        if len(finish) != len(self.tasks):
            raise PlanError("dependency cycle")
        return max(finish.values())

    def critical_path(self) -> List[str]:
        end = max(self.tasks.values(), key=lambda t: (t.slot.end, t.name))
        path = [end.name]
        while end.deps:
            end = max((self.tasks[d] for d in end.deps), key=lambda t: (t.slot.end, t.name))
            path.append(end.name)
        return path[::-1]

    def gantt(self, scale: int = 1) -> str:
        rows = []
        for t in self:
            bar = " " * (t.slot.start * scale) + "=" * (t.days * scale)
            rows.append(f"{t.name:<10}|{bar:<30}| d{t.slot.start:>2}-{t.slot.end:<2} {t.owner or ''}")
        return "\n".join(rows)


tasks = [
    Task("design", 3, owner="ann"),
    Task("backend", 5, ["design"], "bob"),
    Task("frontend", 4, ["design"], "cy"),
    Task("api-docs", 2, ["backend"]),
    Task("testing", 3, ["backend", "frontend"], "dee"),
    Task("release", 1, ["testing", "api-docs"], "ann"),
]
proj = Project("launch", tasks)
total = proj.schedule()
print(f"project {proj.name}: {len(proj)} tasks, {total} days")
print(proj.gantt())
print("critical path:", " -> ".join(proj.critical_path()))
load = defaultdict(int)
for t in proj:
    load[t.owner or "unassigned"] += t.days
print("load:", dict(sorted(load.items())))
print("release as dict:", asdict(proj.tasks["release"]))
print("task set size:", len({*tasks, Task("design", 99)}))
try:
    Project("broken", [Task("a", 1, ["zzz"])])
except UnknownDependency as e:
    print("error:", e, "| dep:", e.dep)
try:
    Project("cyclic", [Task("a", 1, ["b"]), Task("b", 1, ["a"])]).schedule()
except PlanError as e:
    print("error:", e)
