# Percent changes between periods, like a financial summary
quarters = [("Q1", 1250.0), ("Q2", 1312.5), ("Q3", 1181.25), ("Q4", 1535.625)]
prev = None
for name, revenue in quarters:
    if prev is None:
        print(name, revenue, "baseline")
    else:
        change = (revenue - prev) / prev * 100
        print(name, revenue, "change%", round(change, 2))
    prev = revenue
first = quarters[0][1]
last = quarters[-1][1]
growth = last / first
print("growth factor:", growth)
print("cagr-ish per quarter:", round(growth ** (1 / 3) - 1, 6))
avg = sum(r for _, r in quarters) / len(quarters)
print("average:", avg)
best = max(quarters, key=lambda q: q[1])
print("best:", best)
print("share of total:", [round(r / sum(x for _, x in quarters), 4) for _, r in quarters])
