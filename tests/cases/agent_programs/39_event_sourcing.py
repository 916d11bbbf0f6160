"""Event-sourced bank account: events, aggregate replay, projections and snapshots."""
from collections import Counter
from dataclasses import dataclass, asdict, replace
from typing import ClassVar, Dict, Iterable, Iterator, List, Type

class DomainError(Exception): pass

@dataclass(frozen=True)
class Event:
    stream: str
    seq: int
    registry: ClassVar[Dict[str, Type["Event"]]] = {}

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        Event.registry[cls.__name__] = cls

@dataclass(frozen=True)
class AccountOpened(Event):
    owner: str

@dataclass(frozen=True)
class Deposited(Event):
    amount: int

@dataclass(frozen=True)
class Withdrawn(Event):
    amount: int

@dataclass(frozen=True)
class AccountClosed(Event):
    reason: str = "requested"

@dataclass
class Account:
    stream: str
    owner: str = ""
    balance: int = 0
    open: bool = False
    version: int = 0

    def apply(self, ev: Event) -> "Account":
        match ev:
            case AccountOpened(owner=owner):
                self.owner, self.open = owner, True
            case Deposited(amount=amt) | Withdrawn(amount=amt) if not self.open:
                raise DomainError(f"{self.stream}: event {type(ev).__name__} on closed account")
            case Deposited(amount=amt):
                self.balance += amt
            case Withdrawn(amount=amt):
                self.balance -= amt
            case AccountClosed():
                self.open = False
        self.version = ev.seq
        return self

    @classmethod
    def replay(cls, stream: str, events: Iterable[Event]) -> "Account":
        acct = cls(stream)
        for ev in events:
            acct.apply(ev)
        return acct

class EventStore:
    def __init__(self) -> None:
        self._events: List[Event] = []

    def stream(self, name: str) -> Iterator[Event]:
        return (e for e in self._events if e.stream == name)

    def append(self, ev: Event, expected_version: int) -> None:
        current = max((e.seq for e in self.stream(ev.stream)), default=0)
        if current != expected_version:
            raise DomainError(f"concurrency conflict on {ev.stream}: expected v{expected_version}, at v{current}")
        self._events.append(ev)

    def __iter__(self) -> Iterator[Event]:
        return iter(self._events)

def execute(store: EventStore, stream: str, cmd: str, *args) -> None:
    acct = Account.replay(stream, store.stream(stream))
    nxt = acct.version + 1
    if cmd in ("deposit", "withdraw", "close") and not acct.open:
        raise DomainError(f"{stream} is not open")
    match cmd, args:
        case "open", (owner,) if not acct.version:
            ev: Event = AccountOpened(stream, nxt, owner)
        case "deposit", (int(amt),) if amt > 0:
            ev = Deposited(stream, nxt, amt)
        case "withdraw", (int(amt),) if amt <= acct.balance:
            ev = Withdrawn(stream, nxt, amt)
        case "close", ():
            ev = AccountClosed(stream, nxt)
        case _:
            raise DomainError(f"invalid command {cmd}{args} for {stream} v{acct.version}")
    store.append(ev, acct.version)

store = EventStore()
script = [("acc-1", "open", "ann"), ("acc-1", "deposit", 100), ("acc-2", "open", "bob"),
          ("acc-1", "withdraw", 30), ("acc-2", "deposit", 0), ("acc-2", "withdraw", 5),
          ("acc-2", "deposit", 70), ("acc-1", "open", "eve"), ("acc-1", "close"),
          ("acc-1", "deposit", 10), ("acc-2", "transfer", "acc-1")]
for stream, cmd, *args in script:
    try:
        execute(store, stream, cmd, *args)
        print(f"ok    {stream} {cmd} {args}")
    except DomainError as exc:
        print(f"error {exc}")
kinds = Counter(type(e).__name__ for e in store)
flows = {"in": sum(e.amount for e in store if isinstance(e, Deposited)),
         "out": sum(e.amount for e in store if isinstance(e, Withdrawn))}
print(f"{sum(kinds.values())} events stored; kinds={dict(kinds)}; flows={flows}")
print(" ", Account.replay("acc-1", store.stream("acc-1")))
print("snapshot copy:", asdict(replace(Account.replay("acc-2", store.stream("acc-2")), stream="acc-2-copy")))
try:
    Account.replay("acc-1", list(store.stream("acc-1")) + [Deposited("acc-1", 5, 1)])
except DomainError as exc:
    print("replay error:", exc)
print("registered event types:", sorted(Event.registry))
print("acc-1 history:", [(e.seq, type(e).__name__) for e in store.stream("acc-1")])
