"""Track a to-do list with priorities, tags, and a small command interpreter."""
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Optional

PRIORITY_NAMES = {1: "urgent", 2: "high", 3: "normal", 4: "low"}


@dataclass(order=True)
class Task:
    priority: int
    task_id: int
    title: str = field(compare=False)
    tags: List[str] = field(default_factory=list, compare=False)
    done: bool = field(default=False, compare=False)

    def __str__(self) -> str:
        box = "x" if self.done else " "
        tags = " ".join(f"#{t}" for t in self.tags)
        return f"[{box}] #{self.task_id:<2} {PRIORITY_NAMES[self.priority]:<7} {self.title}" + (f"  {tags}" if tags else "")


class TodoList:
    def __init__(self) -> None:
        self._tasks: Dict[int, Task] = {}
        self._next_id = 1

    def add(self, title: str, priority: int = 3, tags: Optional[List[str]] = None) -> Task:
        if priority not in PRIORITY_NAMES:
            raise ValueError(f"priority must be 1-4, got {priority}")
        task = Task(priority, self._next_id, title, list(tags or []))
        self._tasks[task.task_id] = task
        self._next_id += 1
        return task

    def complete(self, task_id: int) -> Task:
        try:
            task = self._tasks[task_id]
        except KeyError:
            raise LookupError(f"no task #{task_id}") from None
        task.done = True
        return task

    def pending(self) -> Iterator[Task]:
        yield from sorted(t for t in self._tasks.values() if not t.done)

    def by_tag(self) -> Dict[str, List[int]]:
        index: Dict[str, List[int]] = defaultdict(list)
        for t in self._tasks.values():
            for tag in t.tags:
                index[tag].append(t.task_id)
        return dict(sorted(index.items()))

    def __len__(self) -> int:
        return len(self._tasks)

    def __iter__(self) -> Iterator[Task]:
        return iter(sorted(self._tasks.values()))


def execute(todo: TodoList, line: str) -> None:
    words = line.split()
    match words:
        case ["add", "!", *rest]:
            t = todo.add(" ".join(rest), priority=1)
            print(f"added urgent #{t.task_id}")
        case ["add", *rest] if rest:
            tags = [w[1:] for w in rest if w.startswith("#")]
            title = " ".join(w for w in rest if not w.startswith("#"))
            t = todo.add(title, tags=tags)
            print(f"added #{t.task_id} tags={tags}")
        case ["prio", tid, p] if tid.isdigit() and p.isdigit():
            task = todo._tasks.get(int(tid))
            if task:
                task.priority = int(p)
                print(f"#{tid} priority -> {PRIORITY_NAMES.get(int(p), '?')}")
        case ["done", *ids]:
            for tid in ids:
                try:
                    print(f"completed: {todo.complete(int(tid)).title}")
                except LookupError as exc:
                    print(f"error: {exc}")
        case ["list"]:
            for t in todo:
                print("   ", t)
        case ["next"]:
            nxt = next(todo.pending(), None)
            print("next up:", nxt.title if nxt else "nothing!")
        case []:
            pass
        case [cmd, *_]:
            print(f"unknown command {cmd!r}")


todo = TodoList()
script = """
add write report #work #writing
add buy milk #home
add ! fix production outage
add call plumber #home
prio 4 2
add review PR #work
prio 2 4
list
next
done 3 9 1
next

frobnicate now
list
"""
for line in script.strip().splitlines():
    print(f"> {line}")
    execute(todo, line)
print("tag index:", todo.by_tag())
stats = Counter("done" if t.done else PRIORITY_NAMES[t.priority] for t in todo)
print("stats:", sorted(stats.items()), f"total={len(todo)}")
print("pending titles:", [t.title for t in todo.pending()])
