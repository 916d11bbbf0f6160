stock = {"flour": 12, "sugar": 3, "eggs": 30, "butter": 2, "milk": 0, "yeast": 5}
daily_use = {"flour": 4, "sugar": 1.5, "eggs": 12, "butter": 1, "milk": 2, "yeast": 0.5}
lead_days = {"flour": 2, "sugar": 3, "eggs": 1, "butter": 2, "milk": 1, "yeast": 5}
pack_size = {"flour": 10, "sugar": 5, "eggs": 24, "butter": 4, "milk": 6, "yeast": 2}

def days_left(item):
    use = daily_use[item]
    return float("inf") if use == 0 else stock[item] / use

def plan(horizon=7, safety=1.2):
    orders = {}
    for item in sorted(stock):
        need = daily_use[item] * (horizon + lead_days[item]) * safety
        short = need - stock[item]
        if short > 0:
            packs = int(short // pack_size[item]) + (1 if short % pack_size[item] else 0)
            orders[item] = packs
    return orders

print(f"{'item':<8}{'stock':>6}{'use/d':>7}{'days':>7}{'lead':>5}  status")
for item in sorted(stock, key=days_left):
    d = days_left(item)
    status = "OUT" if stock[item] == 0 else ("LOW" if d < lead_days[item] else "ok")
    print(f"{item:<8}{stock[item]:>6}{daily_use[item]:>7}{d:>7.1f}{lead_days[item]:>5}  {status}")

for horizon in (3, 7, 14):
    o = plan(horizon)
    units = {k: v * pack_size[k] for k, v in o.items()}
    print(f"horizon {horizon:>2}: packs {o}")
    print(f"            units {units}")

day = 0
sim = dict(stock)
events = []
while day < 6:
    day += 1
    for item in sorted(sim):
        sim[item] = round(sim[item] - daily_use[item], 2)
        if sim[item] < 0 and not any(e[1] == item for e in events):
            events.append((day, item))
print("stockouts:", events)
print("end of sim:", {k: v for k, v in sim.items() if v > 0})
