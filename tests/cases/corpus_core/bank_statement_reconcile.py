ledger = [
    ("2024-05-01", "Opening balance", 1500.00),
    ("2024-05-02", "Coffee shop", -4.75),
    ("2024-05-03", "Salary", 3200.00),
    ("2024-05-05", "Rent", -1400.00),
    ("2024-05-07", "Groceries", -86.42),
    ("2024-05-09", "Refund", 25.00),
    ("2024-05-12", "Utilities", -132.18),
]
bank = [
    ("2024-05-02", -4.75),
    ("2024-05-03", 3200.00),
    ("2024-05-05", -1400.00),
    ("2024-05-08", -86.42),
    ("2024-05-10", -15.00),
    ("2024-05-12", -132.18),
]

balance = 0.0
print(f"{'date':<11}{'description':<18}{'amount':>10}{'balance':>11}")
for date, desc, amount in ledger:
    balance = round(balance + amount, 2)
    print(f"{date:<11}{desc:<18}{amount:>10.2f}{balance:>11.2f}")

unmatched_bank = list(bank)
matched = []
unmatched_ledger = []
for date, desc, amount in ledger[1:]:
    hit = None
    for i, (bdate, bamount) in enumerate(unmatched_bank):
        if abs(bamount - amount) < 0.005:
            hit = i
            break
    if hit is None:
        unmatched_ledger.append((date, desc, amount))
    else:
        bdate, bamount = unmatched_bank.pop(hit)
        matched.append((desc, date, bdate))

print("matched:")
for desc, d1, d2 in matched:
    flag = "" if d1 == d2 else f"  (date differs: {d2})"
    print(f"  {desc}{flag}")
print("in ledger only:", unmatched_ledger)
print("in bank only:", unmatched_bank)
diff = sum(a for _, _, a in unmatched_ledger) - sum(a for _, a in unmatched_bank)
print(f"difference: {diff:+.2f}")
income = sum(a for _, _, a in ledger[1:] if a > 0)
spend = -sum(a for _, _, a in ledger if a < 0)
print(f"income {income:.2f} spend {spend:.2f} net {income - spend:.2f}")
print(f"savings rate: {(income - spend) / income:.1%}")
