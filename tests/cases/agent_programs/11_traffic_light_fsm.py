"""Finite state machine for a traffic light with pedestrian requests and faults."""
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Tuple


class TransitionError(Exception):
    pass


@dataclass(frozen=True)
class State:
    name: str
    duration: int
    lamp: str

    def __str__(self) -> str:
        return f"{self.name}({self.lamp})"


RED = State("RED", 4, "R--")
RED_AMBER = State("RED_AMBER", 1, "RA-")
GREEN = State("GREEN", 3, "--G")
AMBER = State("AMBER", 1, "-A-")
FLASHING = State("FLASHING", 2, "-a-")
WALK = State("WALK", 2, "R-- +walk")


class TrafficLight:
    TRANSITIONS: Dict[Tuple[str, str], State] = {
        ("RED", "timer"): RED_AMBER,
        ("RED_AMBER", "timer"): GREEN,
        ("GREEN", "timer"): AMBER,
        ("AMBER", "timer"): RED,
        ("WALK", "timer"): RED_AMBER,
        ("FLASHING", "timer"): FLASHING,
        ("FLASHING", "reset"): RED,
    }

    def __init__(self) -> None:
        self.state = RED
        self.elapsed = 0
        self.ped_waiting = False
        self.trace: List[str] = []
        self.listeners: List[Callable[[State, State], None]] = []

    def on_change(self, fn: Callable[[State, State], None]) -> Callable[[State, State], None]:
        self.listeners.append(fn)
        return fn

    def _go(self, new: State) -> None:
        old, self.state, self.elapsed = self.state, new, 0
        for fn in self.listeners:
            fn(old, new)

    def handle(self, event: str) -> None:
        match (self.state.name, event):
            case (_, "fault"):
                self._go(FLASHING)
            case ("RED", "timer") if self.ped_waiting:
                self.ped_waiting = False
                self._go(WALK)
            case (_, "button"):
                self.ped_waiting = True
            case (name, ev):
                nxt: Optional[State] = self.TRANSITIONS.get((name, ev))
                if nxt is None:
                    raise TransitionError(f"no transition from {name} on {ev!r}")
                self._go(nxt)

    def tick(self) -> None:
        self.elapsed += 1
        self.trace.append(self.state.lamp[:3])
        if self.elapsed >= self.state.duration:
            self.handle("timer")


light = TrafficLight()
changes: Counter = Counter()


@light.on_change
def log_change(old: State, new: State) -> None:
    changes[new.name] += 1
    print(f"    {old!s:>16} -> {new!s}")


events = deque(["tick"] * 6 + ["button"] + ["tick"] * 9 + ["reset", "fault", "tick", "tick", "reset", "tick"])
step = 0
while events:
    ev = events.popleft()
    step += 1
    try:
        if ev == "tick":
            light.tick()
        else:
            print(f"  step {step}: event {ev}")
            light.handle(ev)
    except TransitionError as exc:
        print(f"  step {step}: rejected: {exc}")

print("lamp trace:", " ".join(light.trace))
print("entered counts:", dict(sorted(changes.items())))
print(f"final state: {light.state}, elapsed={light.elapsed}, ped_waiting={light.ped_waiting}")
print("RED == State('RED', 4, 'R--'):", RED == State("RED", 4, "R--"))
