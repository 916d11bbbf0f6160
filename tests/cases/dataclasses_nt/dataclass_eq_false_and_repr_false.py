from dataclasses import dataclass


@dataclass(eq=False)
class Node:
    value: int


n1 = Node(1)
n2 = Node(1)
print(n1)
print(n1 == n2, n1 == n1)
print(len({n1, n2, n1}))


@dataclass(repr=False)
class Secret:
    key: str

    def __repr__(self):
        return f"Secret(key={'*' * len(self.key)})"


s = Secret("hunter2")
print(s)
print([s, Secret("ab")])
print(s == Secret("hunter2"))


@dataclass
class Money:
    amount: int
    currency: str = "EUR"

    def __str__(self):
        return f"{self.amount / 100:.2f} {self.currency}"

    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError("currency mismatch")
        return Money(self.amount + other.amount, self.currency)


m = Money(1050) + Money(299)
print(m)
print(repr(m))
print(f"total: {m}")
try:
    Money(1) + Money(1, "USD")
except ValueError as e:
    print("ValueError:", e)
