from typing import NamedTuple


class Money(NamedTuple):
    amount: int
    currency: str = "USD"

    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError(f"cannot add {self.currency} and {other.currency}")
        return Money(self.amount + other.amount, self.currency)

    def scaled(self, factor):
        return self._replace(amount=round(self.amount * factor))

    @property
    def dollars(self):
        return self.amount / 100

    @classmethod
    def parse(cls, text):
        amount, currency = text.split()
        return cls(int(amount), currency)


m = Money(250) + Money(100)
print(m)
print(m.dollars)
print(m.scaled(1.5))
print(Money.parse("999 EUR"))
try:
    Money(1) + Money(1, "EUR")
except ValueError as e:
    print("ValueError:", e)

wallet = [Money.parse(t) for t in ["100 USD", "250 EUR", "75 USD", "5 EUR"]]
totals = {}
for item in wallet:
    totals[item.currency] = totals.get(item.currency, Money(0, item.currency)) + item
for cur in sorted(totals):
    print(cur, totals[cur], totals[cur].dollars)
print(len(set(wallet + [Money(100)])))
