"""A bank ledger that validates transactions; ends with an unhandled error."""
from dataclasses import dataclass, field
from datetime import date
from typing import List


class InsufficientFunds(ValueError):
    pass


@dataclass
class Transaction:
    day: date
    kind: str
    amount: int  # cents


@dataclass
class Account:
    owner: str
    balance: int = 0
    history: List[Transaction] = field(default_factory=list)

    def apply(self, tx: Transaction) -> None:
        if tx.amount <= 0:
            raise ValueError(f"amount must be positive, got {tx.amount}")
        if tx.kind == "deposit":
            self.balance += tx.amount
        elif tx.kind == "withdraw":
            if tx.amount > self.balance:
                raise InsufficientFunds(
                    f"{self.owner}: cannot withdraw {tx.amount / 100:.2f}, balance is {self.balance / 100:.2f}"
                )
            self.balance -= tx.amount
        else:
            raise ValueError(f"unknown transaction kind {tx.kind!r}")
        self.history.append(tx)


acct = Account("jane")
batch = [
    Transaction(date(2024, 4, 1), "deposit", 150_000),
    Transaction(date(2024, 4, 3), "withdraw", 42_50),
    Transaction(date(2024, 4, 5), "withdraw", -100),
    Transaction(date(2024, 4, 6), "refund", 1_000),
    Transaction(date(2024, 4, 9), "withdraw", 99_999),
]
for tx in batch:
    try:
        acct.apply(tx)
        print(f"{tx.day} {tx.kind:<8} {tx.amount / 100:>10.2f} -> balance {acct.balance / 100:.2f}")
    except InsufficientFunds as e:
        print("declined:", e)
    except ValueError as e:
        print(f"rejected ({type(e).__name__}):", e)

print("history length:", len(acct.history))
print("last:", acct.history[-1])


def month_end_fees(account: Account, fee_cents: int) -> None:
    print(f"charging monthly fee of {fee_cents / 100:.2f} to {account.owner}")
    account.apply(Transaction(date(2024, 4, 30), "withdraw", fee_cents))


month_end_fees(acct, 500)
print("balance after fee:", acct.balance / 100)
month_end_fees(acct, 50_000)
print("unreachable")
