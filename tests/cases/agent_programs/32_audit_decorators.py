"""Decorators for validation, auditing, retry and call counting on a small ledger service."""
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Tuple

AUDIT: List[str] = []
CALLS: Counter = Counter()

class ValidationFailed(ValueError):
    pass

class Flaky(RuntimeError):
    pass

def audited(fn: Callable) -> Callable:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        shown = ", ".join([repr(a) for a in args[1:]] + [f"{k}={v!r}" for k, v in kwargs.items()])
        try:
            result = fn(*args, **kwargs)
        except Exception as exc:
            AUDIT.append(f"{fn.__name__}({shown}) !! {type(exc).__name__}")
            raise
        AUDIT.append(f"{fn.__name__}({shown}) -> {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper

def validate(**checks: Callable[[Any], bool]) -> Callable:
    def deco(fn: Callable) -> Callable:
        def wrapper(self: Any, account: str, amount: int) -> Any:
            bound = {"account": account, "amount": amount}
            for arg, check in checks.items():
                if not check(bound[arg]):
                    raise ValidationFailed(f"{fn.__name__}: invalid {arg}={bound[arg]!r}")
            return fn(self, account, amount)
        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        return wrapper
    return deco

def retry(times: int, on: Tuple[type, ...] = (Flaky,)) -> Callable:
    def deco(fn: Callable) -> Callable:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            last: Exception = RuntimeError("no attempts")
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except on as exc:
                    last = exc
                    print(f"    retry {attempt}/{times} after: {exc}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts") from last
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

def counted(fn: Callable) -> Callable:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        CALLS[fn.__name__] += 1
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper

@dataclass
class Ledger:
    balances: Dict[str, int] = field(default_factory=lambda: defaultdict(int))
    sync_failures: int = 2

    @counted
    @audited
    @validate(account=lambda a: a.isalnum(), amount=lambda n: isinstance(n, int) and n > 0)
    def credit(self, account: str, amount: int) -> int:
        """Add money to an account."""
        self.balances[account] += amount
        return self.balances[account]

    @counted
    @audited
    @validate(amount=lambda n: isinstance(n, int) and n > 0)
    def debit(self, account: str, amount: int) -> int:
        if self.balances[account] < amount:
            raise ValidationFailed(f"debit: {account} has only {self.balances[account]}")
        self.balances[account] -= amount
        return self.balances[account]

    @counted
    @retry(times=3)
    def sync(self) -> str:
        if self.sync_failures > 0:
            self.sync_failures -= 1
            raise Flaky(f"remote busy ({self.sync_failures} more failures queued)")
        return f"synced {len(self.balances)} accounts"

ledger = Ledger()
ops = [("credit", "alice", 100), ("credit", "bob", 50), ("debit", "alice", 30),
       ("credit", "bad acct!", 10), ("debit", "bob", 80), ("credit", "carol", -5),
       ("debit", "alice", 70), ("credit", "carol", 25)]
for name, acct, amt in ops:
    try:
        new = getattr(ledger, name)(acct, amt)
        print(f"{name:>6} {acct:<10}{amt:>5} -> balance {new}")
    except ValidationFailed as exc:
        print(f"{name:>6} {acct:<10}{amt:>5} -> rejected: {exc}")
print("sync:", ledger.sync())
ledger.sync_failures = 5
try:
    ledger.sync()
except RuntimeError as exc:
    print(f"sync failed: {exc} (cause: {exc.__cause__})")
print("audit trail:")
for line in AUDIT:
    print("  ", line)
print("call counts:", sorted(CALLS.items()))
print("docstring preserved:", Ledger.credit.__doc__, "| name:", Ledger.credit.__name__)
print("balances:", dict(sorted(ledger.balances.items())))
