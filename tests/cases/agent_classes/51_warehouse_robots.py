from dataclasses import dataclass, field
from typing import List, Tuple, Dict, Optional
from collections import deque


@dataclass
class Robot:
    rid: str
    pos: Tuple[int, int]
    battery: int = 20
    carrying: Optional[str] = None
    log: List[str] = field(default_factory=list)

    def move_toward(self, target: Tuple[int, int]) -> bool:
        if self.pos == target:
            return False
        x, y = self.pos
        tx, ty = target
        if x != tx:
            x += 1 if tx > x else -1
        else:
            y += 1 if ty > y else -1
        self.pos = (x, y)
        self.battery -= 1
        return True

    def __str__(self):
        load = self.carrying or "-"
        return f"{self.rid}@{self.pos} bat={self.battery:2d} load={load}"


@dataclass(order=True)
class Pick:
    priority: int
    item: str = field(compare=False)
    shelf: Tuple[int, int] = field(compare=False)


DOCK = (0, 0)
SHIP = (5, 0)


class Controller:
    def __init__(self, robots: List[Robot], picks: List[Pick]):
        self.robots = robots
        self.queue = deque(sorted(picks))
        self.tasks: Dict[str, Tuple[str, Tuple[int, int]]] = {}
        self.shipped: List[Tuple[int, str, str]] = []
        self.tick = 0

    def assign(self):
        for r in self.robots:
            if r.rid in self.tasks or not self.queue:
                continue
            if r.battery < 8:
                self.tasks[r.rid] = ("charge", DOCK)
                r.log.append(f"t{self.tick}:to-dock")
                continue
            p = self.queue.popleft()
            self.tasks[r.rid] = ("pick:" + p.item, p.shelf)
            r.log.append(f"t{self.tick}:assigned {p.item}")

    def step(self):
        self.tick += 1
        self.assign()
        for r in self.robots:
            task = self.tasks.get(r.rid)
            if task is None:
                continue
            kind, target = task
            if r.move_toward(target):
                continue
            if kind == "charge":
                r.battery = 20
                r.log.append(f"t{self.tick}:charged")
                del self.tasks[r.rid]
            elif kind.startswith("pick:"):
                r.carrying = kind[5:]
                self.tasks[r.rid] = ("ship", SHIP)
            elif kind == "ship":
                self.shipped.append((self.tick, r.rid, r.carrying))
                r.log.append(f"t{self.tick}:shipped {r.carrying}")
                r.carrying = None
                del self.tasks[r.rid]

    def busy(self) -> bool:
        return bool(self.queue or self.tasks)


picks = [Pick(2, "bolts", (3, 4)), Pick(1, "nuts", (1, 2)), Pick(3, "gears", (6, 5)),
         Pick(1, "chain", (2, 6)), Pick(2, "belts", (7, 1)), Pick(5, "oil", (4, 3))]
robots = [Robot("R1", (0, 0)), Robot("R2", (5, 5), battery=10)]
ctl = Controller(robots, picks)
while ctl.busy() and ctl.tick < 100:
    ctl.step()
    if ctl.tick % 5 == 0:
        print(f"t={ctl.tick:3d} " + " | ".join(str(r) for r in robots) + f" queue={len(ctl.queue)}")
print("done at tick", ctl.tick)
for t, rid, item in ctl.shipped:
    print(f"  shipped {item:<6} by {rid} at t={t}")
for r in robots:
    print(r.rid, "log:", r.log)
print("shipments per robot:", {r.rid: sum(1 for s in ctl.shipped if s[1] == r.rid) for r in robots})
print("lowest battery:", min(robots, key=lambda r: r.battery).rid)
