# An agent-style program: parse records, group, aggregate, report.
raw = """order_id,customer,amount,status
1001,acme,250.00,shipped
1002,globex,99.50,pending
1003,acme,1200.00,shipped
1004,initech,15.25,cancelled
1005,globex,430.10,shipped"""

rows = [dict(zip(raw.splitlines()[0].split(","), line.split(","))) for line in raw.splitlines()[1:]]
totals = {}
for r in rows:
    if r["status"] == "cancelled":
        continue
    totals[r["customer"]] = totals.get(r["customer"], 0) + float(r["amount"])

for customer, total in sorted(totals.items(), key=lambda kv: -kv[1]):
    print(f"{customer:<10}{total:>10,.2f}")
print("grand total:", round(sum(totals.values()), 2))
