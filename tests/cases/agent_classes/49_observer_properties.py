from typing import Any, Callable, Dict, List, Optional


class Observable:
    def __init__(self):
        self._observers: Dict[str, List[Callable]] = {}

    def observe(self, attr: str, fn: Callable[[str, Any, Any], None]):
        self._observers.setdefault(attr, []).append(fn)

    def _notify(self, attr, old, new):
        for fn in self._observers.get(attr, []) + self._observers.get("*", []):
            fn(attr, old, new)


class Thermostat(Observable):
    MIN, MAX = 5.0, 30.0

    def __init__(self, target: float):
        super().__init__()
        self._target = target
        self._current = 18.0
        self._mode = "off"

    @property
    def target(self) -> float:
        return self._target

    @target.setter
    def target(self, value: float):
        if not self.MIN <= value <= self.MAX:
            raise ValueError(f"target {value} outside [{self.MIN}, {self.MAX}]")
        old, self._target = self._target, value
        self._notify("target", old, value)
        self._update_mode()

    @property
    def current(self) -> float:
        return self._current

    @current.setter
    def current(self, value: float):
        old, self._current = self._current, round(value, 1)
        self._notify("current", old, self._current)
        self._update_mode()

    @property
    def mode(self) -> str:
        return self._mode

    @property
    def delta(self) -> float:
        return round(self._target - self._current, 1)

    def _update_mode(self):
        d = self.delta
        new = "heat" if d > 0.5 else "cool" if d < -0.5 else "idle"
        if new != self._mode:
            old, self._mode = self._mode, new
            self._notify("mode", old, new)

    def __repr__(self):
        return f"Thermostat(target={self.target}, current={self.current}, mode={self.mode})"


events: List[str] = []
t = Thermostat(21.0)
t.observe("*", lambda a, o, n: events.append(f"{a}:{o}->{n}"))
mode_changes = []
t.observe("mode", lambda a, o, n: mode_changes.append(n))

readings = [18.0, 19.2, 20.4, 20.9, 21.6, 22.3]
for r in readings:
    t.current = r
    print(f"read {r:>5} -> {t!r} delta={t.delta:+.1f}")
t.target = 23.5
print("after raising target:", t)
for bad in (40, 2.5):
    try:
        t.target = bad
    except ValueError as e:
        print("rejected:", e)
sim = t.current
for step in range(6):
    sim += 0.5 if t.mode == "heat" else -0.3 if t.mode == "cool" else 0
    t.current = sim
print("simulated:", t)
print("mode history:", mode_changes)
print("event count:", len(events))
for e in events[-6:]:
    print("  ", e)
try:
    t.mode = "turbo"
except AttributeError as e:
    print("cannot set mode:", type(e).__name__)
print("property object:", type(Thermostat.target).__name__, "has setter:", Thermostat.target.fset is not None)
