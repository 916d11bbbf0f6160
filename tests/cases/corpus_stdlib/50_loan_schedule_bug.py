"""Amortization schedule calculator; a bad input crashes deep in the math."""
import math
from dataclasses import dataclass
from typing import List


@dataclass
class Loan:
    principal: float
    annual_rate: float
    years: int


def monthly_payment(loan: Loan) -> float:
    r = loan.annual_rate / 12
    n = loan.years * 12
    if r == 0:
        return loan.principal / n
    return loan.principal * r / (1 - (1 + r) ** -n)


def schedule(loan: Loan, show: int = 3) -> List[str]:
    pay = monthly_payment(loan)
    balance = loan.principal
    rows = []
    for month in range(1, loan.years * 12 + 1):
        interest = balance * loan.annual_rate / 12
        balance -= pay - interest
        if month <= show or month == loan.years * 12:
            rows.append(f"  m{month:>3}: pay {pay:9.2f} interest {interest:8.2f} balance {max(balance, 0):11.2f}")
    return rows


def months_to_payoff(principal: float, annual_rate: float, payment: float) -> int:
    r = annual_rate / 12
    return math.ceil(-math.log(1 - r * principal / payment) / math.log(1 + r))


loans = [Loan(250_000, 0.045, 30), Loan(18_000, 0.069, 5), Loan(5_000, 0.0, 2)]
for loan in loans:
    pay = monthly_payment(loan)
    total = pay * loan.years * 12
    print(f"{loan}: monthly {pay:.2f}, total interest {total - loan.principal:.2f}")
    for row in schedule(loan):
        print(row)

for payment in (1500, 2000, 3000):
    print(f"250k @4.5% paying {payment}/month -> {months_to_payoff(250_000, 0.045, payment)} months")

print("rule of 72 vs exact doubling at 6%:", round(72 / 6, 2), round(math.log(2) / math.log(1.06), 4))
print("continuous compounding 1000 @5% 10y:", round(1000 * math.exp(0.05 * 10), 2))

for payment in (1000, 900):
    print(f"trying payment {payment} on 250k @4.5% ...")
    print("  months:", months_to_payoff(250_000, 0.045, payment))
