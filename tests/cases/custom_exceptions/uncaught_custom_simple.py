class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"balance {balance} is less than {amount}")
        self.balance = balance
        self.amount = amount


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        return self.balance


acct = Account("zoe", 100)
for amt in [30, 50, 15]:
    print("withdraw", amt, "->", acct.withdraw(amt))

try:
    acct.withdraw(10)
except InsufficientFunds as e:
    print("refused:", e)
    print("short by", e.amount - e.balance)

print("final balance", acct.balance)
acct.withdraw(6)
print("not reached")
