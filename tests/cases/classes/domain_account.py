class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"needed {needed}, available {available}")
        self.needed = needed
        self.available = available

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.log = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.log.append(("dep", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.log.append(("wd", amount))

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)

class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.05):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = int(self._balance * self.rate)
        self.deposit(interest)
        return interest

    def withdraw(self, amount):
        if amount > 500:
            raise ValueError("savings withdrawals capped at 500")
        super().withdraw(amount)

a = Account("ann", 1000)
s = SavingsAccount("ann-savings", 2000)
a.transfer(s, 300)
print(a.balance, s.balance)
print(s.add_interest(), s.balance)
for amt in [100, 600, 5000]:
    try:
        s.transfer(a, amt)
        print("ok", amt)
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, e.needed, e.available)
    except ValueError as e:
        print("ValueError:", e)
try:
    a.withdraw(10**6)
except InsufficientFunds as e:
    print("InsufficientFunds:", e)
try:
    a.deposit(0)
except ValueError as e:
    print("ValueError:", e)
print(a.balance, s.balance)
print(a.log)
print(s.log)
try:
    a.balance = 5
except AttributeError as e:
    print("AttributeError:", e)
