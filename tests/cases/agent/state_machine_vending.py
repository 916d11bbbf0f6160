PRICES = {"A1": 125, "A2": 100, "B1": 75}
TRANSITIONS = {
    "idle": {"coin": "paying", "select": "idle", "refund": "idle"},
    "paying": {"coin": "paying", "select": "vending", "refund": "idle"},
    "vending": {"done": "idle"},
}

def run(events):
    state = "idle"
    balance = 0
    dispensed = []
    refunds = []
    for ev in events:
        kind, _, arg = ev.partition(":")
        allowed = TRANSITIONS[state]
        if kind not in allowed:
            print(f"  [{state}] ignored {ev}")
            continue
        if kind == "coin":
            balance += int(arg)
            print(f"  [{state}] coin {arg} -> balance {balance}")
        elif kind == "select":
            price = PRICES.get(arg)
            if price is None:
                print(f"  [{state}] unknown item {arg}")
                continue
            if state == "idle" or balance < price:
                print(f"  [{state}] need {price - balance} more for {arg}")
                continue
            balance -= price
            dispensed.append(arg)
            print(f"  [{state}] vend {arg}, change left {balance}")
        elif kind == "refund":
            if balance:
                refunds.append(balance)
            print(f"  [{state}] refund {balance}")
            balance = 0
        new_state = allowed[kind]
        if new_state == "vending":
            state = "vending"
            new_state = TRANSITIONS["vending"]["done"] if balance == 0 else "paying"
        state = new_state
    return state, balance, dispensed, refunds

scenarios = [
    ["coin:100", "coin:25", "select:A1"],
    ["select:A2", "coin:50", "select:A2", "coin:50", "select:A2"],
    ["coin:100", "select:B1", "select:B1", "refund"],
    ["coin:25", "select:Z9", "refund", "refund", "done"],
]
for i, events in enumerate(scenarios, 1):
    print(f"scenario {i}: {events}")
    state, bal, out, ref = run(events)
    print(f"  => state={state} balance={bal} dispensed={out} refunds={ref}")
