from dataclasses import dataclass, field
from typing import Callable, Dict, List, Any
from collections import defaultdict


@dataclass(frozen=True)
class Event:
    topic: str
    payload: Any = None
    seq: int = 0


class Subscriber:
    def __init__(self, name: str):
        self.name = name
        self.received: List[Event] = []

    def __call__(self, event: Event):
        self.received.append(event)
        return f"{self.name} got {event.topic}#{event.seq}"

    def __repr__(self):
        return f"Subscriber({self.name!r}, n={len(self.received)})"


class FilteringSubscriber(Subscriber):
    def __init__(self, name, predicate):
        super().__init__(name)
        self.predicate = predicate

    def __call__(self, event):
        if not self.predicate(event):
            return None
        return super().__call__(event)


class Bus:
    def __init__(self):
        self.subs: Dict[str, List[Callable]] = defaultdict(list)
        self.seq = 0
        self.dead_letters: List[Event] = []

    def subscribe(self, topic: str, handler: Callable):
        self.subs[topic].append(handler)
        return lambda: self.subs[topic].remove(handler)

    def publish(self, topic: str, payload=None) -> List[str]:
        self.seq += 1
        ev = Event(topic, payload, self.seq)
        handlers = self.subs.get(topic, []) + self.subs.get("*", [])
        if not handlers:
            self.dead_letters.append(ev)
            return []
        results = []
        for h in handlers:
            try:
                r = h(ev)
            except Exception as exc:
                r = f"handler failed: {exc}"
            if r is not None:
                results.append(r)
        return results


bus = Bus()
audit = Subscriber("audit")
orders = Subscriber("orders")
big = FilteringSubscriber("big", lambda e: isinstance(e.payload, dict) and e.payload.get("amount", 0) > 100)

bus.subscribe("*", audit)
unsub_orders = bus.subscribe("order.created", orders)
bus.subscribe("order.created", big)


def exploding(ev):
    raise ValueError(f"cannot handle {ev.payload}")


bus.subscribe("order.failed", exploding)

msgs = [
    ("order.created", {"id": 1, "amount": 50}),
    ("order.created", {"id": 2, "amount": 500}),
    ("order.failed", "timeout"),
    ("user.login", "bob"),
]
for topic, payload in msgs:
    print(topic, "->", bus.publish(topic, payload))

unsub_orders()
print("after unsubscribe:", bus.publish("order.created", {"id": 3, "amount": 150}))
del bus.subs["*"]
print("no handlers:", bus.publish("user.logout", "bob"))
print("dead letters:", bus.dead_letters)
print(audit, orders, big)
print("audit topics:", [e.topic for e in audit.received])
seen = {e for e in audit.received if not isinstance(e.payload, dict)}
print("hashable events:", len(seen), Event("user.login", "bob", 4) in seen, "frozen eq:", Event("a", 1, 1) == Event("a", 1, 1))
try:
    audit.received[0].topic = "hacked"
except Exception as e:
    print("frozen error:", type(e).__name__)
amounts = [e.payload["amount"] for e in audit.received if isinstance(e.payload, dict)]
print("amounts:", amounts, "total:", sum(amounts))
