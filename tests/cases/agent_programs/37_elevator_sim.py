"""Elevator bank simulation: request assignment, SCAN movement, and statistics."""
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Deque, Dict, List, Optional, Set


@dataclass(frozen=True)
class Request:
    t: int
    origin: int
    dest: int
    rid: str

    @property
    def direction(self) -> int:
        return 1 if self.dest > self.origin else -1


@dataclass
class Elevator:
    name: str
    floor: int = 0
    direction: int = 0
    capacity: int = 4
    riders: List[Request] = field(default_factory=list)
    assigned: List[Request] = field(default_factory=list)
    moves: int = 0

    @property
    def stops(self) -> Set[int]:
        return {r.dest for r in self.riders} | {r.origin for r in self.assigned}

    @property
    def idle(self) -> bool:
        return not self.riders and not self.assigned

    def cost(self, req: Request) -> int:
        distance = abs(self.floor - req.origin)
        if self.idle:
            return distance
        heading_toward = (req.origin - self.floor) * self.direction >= 0
        same_way = req.direction == self.direction
        penalty = 0 if heading_toward and same_way else 10
        return distance + penalty + len(self.riders) + len(self.assigned)

    def step(self, now: int, log: List[str], done: Dict[str, int]) -> None:
        for r in [r for r in self.riders if r.dest == self.floor]:
            self.riders.remove(r)
            done[r.rid] = now - r.t
            log.append(f"t={now:>2} {self.name} floor {self.floor}: drop {r.rid}")
        for r in [r for r in self.assigned if r.origin == self.floor]:
            if len(self.riders) < self.capacity:
                self.assigned.remove(r)
                self.riders.append(r)
                log.append(f"t={now:>2} {self.name} floor {self.floor}: pick {r.rid} -> {r.dest}")
        stops = self.stops
        if not stops:
            self.direction = 0
            return
        ahead = [s for s in stops if (s - self.floor) * self.direction > 0]
        if self.direction == 0 or not ahead:
            nearest = min(stops, key=lambda s: (abs(s - self.floor), s))
            self.direction = 1 if nearest > self.floor else -1 if nearest < self.floor else 0
        self.floor += self.direction
        self.moves += abs(self.direction)


class Building:
    def __init__(self, floors: int, names: List[str]) -> None:
        self.floors = floors
        self.cars = [Elevator(n) for n in names]
        self.pending: Deque[Request] = deque()
        self.log: List[str] = []
        self.waits: Dict[str, int] = {}

    def dispatch(self, req: Request) -> Elevator:
        if not (0 <= req.origin < self.floors and 0 <= req.dest < self.floors):
            raise ValueError(f"{req.rid}: floor out of range")
        car = min(self.cars, key=lambda c: (c.cost(req), c.name))
        car.assigned.append(req)
        return car

    def run(self, requests: List[Request], until: int) -> None:
        self.pending.extend(sorted(requests, key=lambda r: (r.t, r.rid)))
        for now in range(until):
            while self.pending and self.pending[0].t == now:
                req = self.pending.popleft()
                try:
                    car = self.dispatch(req)
                    self.log.append(f"t={now:>2} {req.rid} ({req.origin}->{req.dest}) assigned to {car.name}")
                except ValueError as exc:
                    self.log.append(f"t={now:>2} rejected {exc}")
            for car in self.cars:
                car.step(now, self.log, self.waits)
            if not self.pending and all(c.idle for c in self.cars):
                self.log.append(f"t={now:>2} all idle")
                break


reqs = [Request(0, 0, 7, "r1"), Request(0, 5, 1, "r2"), Request(2, 3, 9, "r3"),
        Request(3, 8, 0, "r4"), Request(4, 2, 4, "r5"), Request(4, 12, 3, "bad"),
        Request(9, 6, 4, "r6"), Request(10, 0, 2, "r7")]
b = Building(10, ["A", "B"])
b.run(reqs, 60)
print("\n".join(b.log))
print("trip times:", dict(sorted(b.waits.items())))
avg = sum(b.waits.values()) / len(b.waits)
print(f"average trip {avg:.2f} ticks; worst {max(b.waits, key=b.waits.get)}")
for car in b.cars:
    print(f"car {car.name}: floor {car.floor}, moved {car.moves} floors, idle={car.idle}")
per_car = defaultdict(list)
for line in b.log:
    if "assigned to" in line:
        per_car[line.split()[-1]].append(line[5:].split()[0])
print("assignments:", dict(per_car))
