"""Bank accounts with transfers and an audit; ends with an unhandled overdraft."""
from dataclasses import dataclass, field
from typing import List


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account: "Account", amount: int):
        super().__init__(f"account {account.number} cannot withdraw {amount / 100:.2f} "
                         f"(balance {account.balance / 100:.2f})")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


@dataclass
class Account:
    number: str
    owner: str
    balance: int = 0  # cents
    frozen: bool = False
    history: List[str] = field(default_factory=list)

    def deposit(self, amount: int) -> None:
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._check()
        self.balance += amount
        self.history.append(f"+{amount}")

    def withdraw(self, amount: int) -> None:
        self._check()
        if amount > self.available:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(f"-{amount}")

    def _check(self) -> None:
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    @property
    def available(self) -> int:
        return self.balance


class CheckingAccount(Account):
    def __init__(self, number: str, owner: str, overdraft: int = 0, **kw):
        super().__init__(number, owner, **kw)
        self.overdraft = overdraft

    @property
    def available(self) -> int:
        return self.balance + self.overdraft


class Bank:
    def __init__(self, name: str):
        self.name = name
        self.accounts: dict = {}

    def open(self, acct: Account) -> Account:
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src: str, dst: str, amount: int) -> None:
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except BankError:
            a.deposit(amount)  # roll back
            raise
        print(f"  transferred {amount / 100:>8.2f} {src} -> {dst}")

    def total(self) -> int:
        return sum(a.balance for a in self.accounts.values())


bank = Bank("Example Bank")
bank.open(Account("S-1", "ann", 50_000))
bank.open(CheckingAccount("C-1", "ann", overdraft=20_000, balance=10_000))
bank.open(Account("S-2", "bob", 5_000))
print(f"opened {len(bank.accounts)} accounts, total {bank.total() / 100:.2f}")

for src, dst, amt in [("S-1", "C-1", 15_000), ("C-1", "S-2", 40_000), ("S-2", "S-1", 60_000)]:
    try:
        bank.transfer(src, dst, amt)
    except InsufficientFunds as exc:
        print(f"  declined: {exc}")

bank.accounts["S-2"].frozen = True
try:
    bank.transfer("S-1", "S-2", 1_000)
except AccountFrozen as exc:
    print(f"  rolled back: {exc}")

for acct in sorted(bank.accounts.values(), key=lambda a: a.balance):
    kind = type(acct).__name__
    print(f"  {acct.number:<4} {kind:<16} {acct.balance / 100:>9.2f} avail {acct.available / 100:>9.2f} {acct.history}")
print(f"bank total still {bank.total() / 100:.2f}")

print("final sweep: emptying C-1 twice")
bank.accounts["C-1"].withdraw(bank.accounts["C-1"].available)
print(f"  C-1 balance now {bank.accounts['C-1'].balance / 100:.2f}")
bank.accounts["C-1"].withdraw(1)
print("unreachable")
