# Integer-only money arithmetic in cents, like an agent computing a ledger
principal_cents = 1_000_000  # $10,000.00
rate_bp = 475  # 4.75% in basis points
balance = principal_cents
for year in range(1, 11):
    interest = balance * rate_bp // 10_000
    balance += interest
    dollars, cents = divmod(balance, 100)
    print(f"year {year:2d}: interest {interest:>7d} balance ${dollars}.{cents:02d}")
gain = balance - principal_cents
print("total gain cents:", gain)
print("gain percent x100:", gain * 10_000 // principal_cents)
# split a bill evenly, distributing leftover cents
bill = 10_001
people = 3
share, extra = divmod(bill, people)
shares = [share + (1 if i < extra else 0) for i in range(people)]
print("shares:", shares, "sum ok:", sum(shares) == bill)
