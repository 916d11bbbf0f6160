from dataclasses import dataclass, field
from typing import List, Optional, Deque
from collections import deque


@dataclass
class Request:
    t: int
    src: int
    dst: int

    @property
    def direction(self) -> int:
        return 1 if self.dst > self.src else -1


@dataclass
class Elevator:
    floor: int = 0
    direction: int = 0
    riders: List[Request] = field(default_factory=list)
    capacity: int = 3
    moved: int = 0

    def __str__(self):
        arrow = {1: "^", -1: "v", 0: "-"}[self.direction]
        return f"[floor {self.floor:2d} {arrow} riders={len(self.riders)}]"


class Building:
    def __init__(self, floors: int, requests: List[Request]):
        self.floors = floors
        self.pending: Deque[Request] = deque(sorted(requests, key=lambda r: r.t))
        self.waiting: List[Request] = []
        self.car = Elevator()
        self.delivered: List[tuple] = []
        self.clock = 0

    def targets(self) -> List[int]:
        return [r.dst for r in self.car.riders] + [r.src for r in self.waiting]

    def tick(self):
        while self.pending and self.pending[0].t <= self.clock:
            self.waiting.append(self.pending.popleft())
        car = self.car
        leaving = [r for r in car.riders if r.dst == car.floor]
        for r in leaving:
            car.riders.remove(r)
            self.delivered.append((r.src, r.dst, self.clock - r.t))
        boarding = [r for r in self.waiting if r.src == car.floor]
        for r in boarding:
            if len(car.riders) < car.capacity:
                car.riders.append(r)
                self.waiting.remove(r)
        tg = self.targets()
        if not tg:
            car.direction = 0
        elif car.direction == 0 or not any((t - car.floor) * car.direction > 0 for t in tg):
            nearest = min(tg, key=lambda t: (abs(t - car.floor), t))
            car.direction = 0 if nearest == car.floor else (1 if nearest > car.floor else -1)
        if car.direction:
            car.floor += car.direction
            car.moved += 1
        self.clock += 1

    def run(self, limit: int = 60):
        while (self.pending or self.waiting or self.car.riders) and self.clock < limit:
            before = str(self.car)
            self.tick()
            if self.clock % 3 == 0:
                print(f"t={self.clock:2d} {before} -> {self.car} waiting={len(self.waiting)}")


reqs = [Request(0, 0, 5), Request(1, 3, 1), Request(2, 6, 0), Request(4, 2, 7),
        Request(5, 7, 3), Request(9, 0, 4), Request(10, 4, 4 + 2)]
b = Building(8, reqs)
b.run()
print("finished at t =", b.clock, "floors moved:", b.car.moved)
for src, dst, wait in b.delivered:
    print(f"  {src} -> {dst}: total time {wait}")
times = [w for _, _, w in b.delivered]
print(f"avg trip {sum(times) / len(times):.2f}, worst {max(times)}, best {min(times)}")
ups = sum(1 for r in reqs if r.direction > 0)
print("up requests:", ups, "down requests:", len(reqs) - ups)
