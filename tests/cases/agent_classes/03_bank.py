from dataclasses import dataclass, field
from typing import List, Optional
from collections import deque

class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        self.account = account
        self.amount = amount
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")

class FrozenAccount(BankError):
    pass

class Account:
    _next_id = 100

    def __init__(self, owner: str, balance: float = 0.0):
        self.owner = owner
        self._balance = balance
        self.frozen = False
        self.history: List[tuple] = []
        self.number = Account._next_id
        Account._next_id += 1

    @property
    def balance(self) -> float:
        return self._balance

    @classmethod
    def open_with_bonus(cls, owner, deposit):
        acct = cls(owner, deposit)
        acct.deposit(10.0, "bonus")
        return acct

    @staticmethod
    def fmt(amount: float) -> str:
        return f"${amount:,.2f}"

    def deposit(self, amount: float, memo: str = "deposit"):
        if self.frozen:
            raise FrozenAccount(f"account {self.number} is frozen")
        self._balance += amount
        self.history.append((memo, amount))

    def withdraw(self, amount: float, memo: str = "withdraw"):
        if self.frozen:
            raise FrozenAccount(f"account {self.number} is frozen")
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append((memo, -amount))

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance:.2f})"

    def __lt__(self, other):
        return self.balance < other.balance

    def __bool__(self):
        return self.balance > 0

class SavingsAccount(Account):
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest, "interest")
        return interest

    def withdraw(self, amount, memo="withdraw"):
        if amount > 500:
            raise BankError(f"savings withdrawal limit exceeded: {amount}")
        super().withdraw(amount, memo)

def transfer(src: Account, dst: Account, amount: float):
    try:
        src.withdraw(amount, f"to {dst.number}")
    except BankError as e:
        raise BankError(f"transfer {src.number}->{dst.number} failed") from e
    dst.deposit(amount, f"from {src.number}")

alice = Account("alice", 250.0)
bob = SavingsAccount("bob", 1200.0, rate=0.05)
carol = Account.open_with_bonus("carol", 40.0)
dave = Account("dave")
accounts = [alice, bob, carol, dave]
print(accounts)
print("numbers:", [a.number for a in accounts])

queue = deque([(alice, bob, 100.0), (bob, carol, 700.0), (carol, dave, 45.5),
               (dave, alice, 1000.0), (bob, dave, 300.0)])
while queue:
    src, dst, amt = queue.popleft()
    try:
        transfer(src, dst, amt)
        print(f"ok  {src.owner}->{dst.owner} {Account.fmt(amt)}")
    except BankError as e:
        print(f"ERR {e}; cause: {e.__cause__}")

print("interest for bob:", bob.add_interest())
carol.frozen = True
try:
    carol.deposit(5)
except FrozenAccount as e:
    print("frozen:", e)

for a in sorted(accounts):
    flag = "funded" if a else "empty"
    print(f"{a.owner:>6} {Account.fmt(a.balance):>12} {flag}")
    for memo, amt in a.history:
        print(f"        {memo:<12}{amt:+10.2f}")
richest = max(accounts)
print("richest:", richest, "poorest:", min(accounts, key=lambda a: a.balance).owner)
print("non-empty:", [a.owner for a in accounts if a])
