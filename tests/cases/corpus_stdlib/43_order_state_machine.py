"""Order lifecycle state machine using Enum, with JSON event log."""
import json
from dataclasses import dataclass, field, asdict
from enum import Enum, auto
from typing import Dict, List, Set


class State(Enum):
    CREATED = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()
    REFUNDED = auto()


TRANSITIONS: Dict[State, Set[State]] = {
    State.CREATED: {State.PAID, State.CANCELLED},
    State.PAID: {State.SHIPPED, State.REFUNDED},
    State.SHIPPED: {State.DELIVERED},
    State.DELIVERED: {State.REFUNDED},
    State.CANCELLED: set(),
    State.REFUNDED: set(),
}


class IllegalTransition(Exception):
    pass


@dataclass
class Order:
    order_id: str
    state: State = State.CREATED
    log: List[str] = field(default_factory=list)

    def move(self, new: State) -> None:
        if new not in TRANSITIONS[self.state]:
            allowed = sorted(s.name for s in TRANSITIONS[self.state]) or ["<terminal>"]
            raise IllegalTransition(f"{self.order_id}: {self.state.name} -> {new.name} not allowed (allowed: {', '.join(allowed)})")
        self.log.append(f"{self.state.name}->{new.name}")
        self.state = new


def encode(o):
    if isinstance(o, Enum):
        return o.name
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


SCRIPTS = {
    "A-1": ["PAID", "SHIPPED", "DELIVERED"],
    "A-2": ["PAID", "REFUNDED", "SHIPPED"],
    "A-3": ["SHIPPED"],
    "A-4": ["CANCELLED", "PAID"],
    "A-5": ["PAID", "LOST"],
}
orders = []
for oid, steps in SCRIPTS.items():
    order = Order(oid)
    for step in steps:
        try:
            order.move(State[step])
        except IllegalTransition as e:
            print("illegal:", e)
            break
        except KeyError as e:
            print(f"unknown state {e} for {oid}")
            break
    orders.append(order)
    print(f"{oid}: final={order.state.name:<10} path={' '.join(order.log) or '-'}")

print(json.dumps([asdict(o) for o in orders[:2]], default=encode, indent=2))
print("terminal states:", [s.name for s in State if not TRANSITIONS[s]])
print("values:", [(s.name, s.value) for s in State][:3], State(3), State.PAID in TRANSITIONS[State.CREATED])
try:
    json.dumps({"when": {1, 2}}, default=encode)
except TypeError as e:
    print(type(e).__name__, e)
