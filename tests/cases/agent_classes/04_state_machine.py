from typing import Dict, List, Tuple, Optional
from collections import namedtuple, Counter

Transition = namedtuple("Transition", ["src", "event", "dst"])


class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f"no transition from {state!r} on {event!r}")
        self.state = state
        self.event = event


class Machine:
    def __init__(self, initial: str, transitions: List[Transition]):
        self.state = initial
        self.table: Dict[Tuple[str, str], str] = {(t.src, t.event): t.dst for t in transitions}
        self.trace: List[str] = [initial]
        self.listeners = []

    def on_change(self, fn):
        self.listeners.append(fn)
        return fn

    def fire(self, event: str) -> str:
        key = (self.state, event)
        if key not in self.table:
            raise InvalidTransition(self.state, event)
        old, self.state = self.state, self.table[key]
        self.trace.append(self.state)
        for fn in self.listeners:
            fn(old, event, self.state)
        return self.state

    def __repr__(self):
        return f"Machine(state={self.state!r}, steps={len(self.trace) - 1})"


order_flow = [
    Transition("new", "pay", "paid"),
    Transition("new", "cancel", "cancelled"),
    Transition("paid", "ship", "shipped"),
    Transition("paid", "refund", "refunded"),
    Transition("shipped", "deliver", "delivered"),
    Transition("shipped", "lose", "lost"),
    Transition("lost", "refund", "refunded"),
    Transition("delivered", "return", "returned"),
    Transition("returned", "refund", "refunded"),
]

changes = Counter()


def make_machine():
    m = Machine("new", order_flow)

    @m.on_change
    def count(old, ev, new):
        changes[ev] += 1

    return m


scenarios = {
    "happy": ["pay", "ship", "deliver"],
    "returned": ["pay", "ship", "deliver", "return", "refund"],
    "lost": ["pay", "ship", "lose", "refund"],
    "bad": ["pay", "deliver", "ship"],
    "cancel-late": ["pay", "cancel"],
    "cancel": ["cancel"],
}

final_states = {}
for name, events in scenarios.items():
    m = make_machine()
    log = []
    m.on_change(lambda o, e, n: log.append(f"{o}-{e}->{n}"))
    try:
        for ev in events:
            m.fire(ev)
    except InvalidTransition as err:
        print(f"[{name}] stopped: {err} (state attr={err.state})")
    final_states[name] = m.state
    print(f"[{name}] {m!r} trace={' > '.join(m.trace)}")
    print(f"    log={log}")


def classify(state: str) -> str:
    match state:
        case "delivered":
            return "complete"
        case "refunded" | "cancelled":
            return "closed-no-revenue"
        case "paid" | "shipped" as s:
            return f"in-progress ({s})"
        case other:
            return f"unknown:{other}"


for name in sorted(final_states):
    print(f"{name:>12}: {final_states[name]:<10} -> {classify(final_states[name])}")
print("event counts:", sorted(changes.items(), key=lambda kv: (-kv[1], kv[0])))
reachable = sorted({t.dst for t in order_flow} | {"new"})
print("reachable states:", reachable)
terminal = [s for s in reachable if not any(t.src == s for t in order_flow)]
print("terminal states:", terminal)
