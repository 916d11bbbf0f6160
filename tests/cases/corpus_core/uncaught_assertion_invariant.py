def total(accounts):
    return sum(accounts.values())

def transfer(accounts, src, dst, amount):
    if amount <= 0:
        raise ValueError(f"bad amount {amount}")
    before = total(accounts)
    accounts[src] -= amount
    accounts[dst] += amount
    if dst == "fees":
        accounts[dst] += 1  # bug: fee account gets a bonus unit
    after = total(accounts)
    assert before == after, f"money not conserved: {before} != {after}"
    return accounts

accts = {"a": 100, "b": 50, "fees": 0}
print("opening total:", total(accts))
plan = [("a", "b", 30), ("b", "a", 10), ("a", "b", 0), ("a", "fees", 5), ("b", "a", 1)]
for src, dst, amt in plan:
    print(f"transfer {amt} {src}->{dst}")
    try:
        transfer(accts, src, dst, amt)
    except ValueError as e:
        print("  skipped:", e)
        continue
    print("  balances:", accts)
print("closing total:", total(accts))
