TRANSACTIONS = [
    ("open", "acct1", 100),
    ("open", "acct2", 50),
    ("deposit", "acct1", 25),
    ("withdraw", "acct2", 80),
    ("transfer", "acct1", "acct2", 60),
    ("withdraw", "acct3", 10),
    ("deposit", "acct2", -5),
    ("transfer", "acct2", "acct1", 200),
    ("open", "acct1", 10),
    ("close", "acct2"),
    ("deposit", "acct2", 5),
]

accounts = {}
history = []

def apply(tx):
    kind = tx[0]
    if kind == "open":
        _, acct, amt = tx
        if acct in accounts:
            raise ValueError(f"{acct} already open")
        accounts[acct] = amt
    elif kind == "close":
        _, acct = tx
        bal = accounts.pop(acct)
        return f"closed {acct} paying out {bal}"
    elif kind in ("deposit", "withdraw"):
        _, acct, amt = tx
        if amt <= 0:
            raise ValueError(f"bad amount {amt}")
        if acct not in accounts:
            raise KeyError(acct)
        if kind == "withdraw" and accounts[acct] < amt:
            raise ValueError(f"insufficient funds in {acct}: {accounts[acct]} < {amt}")
        accounts[acct] += amt if kind == "deposit" else -amt
    elif kind == "transfer":
        _, src, dst, amt = tx
        apply(("withdraw", src, amt))
        try:
            apply(("deposit", dst, amt))
        except Exception:
            accounts[src] += amt
            raise
    return "ok"

for i, tx in enumerate(TRANSACTIONS):
    try:
        result = apply(tx)
        history.append((i, tx[0], result))
    except KeyError as e:
        history.append((i, tx[0], f"failed: no account {e}"))
    except ValueError as e:
        history.append((i, tx[0], f"failed: {e}"))
    print(f"#{i:<2} {' '.join(str(x) for x in tx):<28} -> {history[-1][2]}")
    print(f"    balances: {accounts}")
ok = sum(1 for h in history if h[2] == "ok" or h[2].startswith("closed"))
print("succeeded:", ok, "failed:", len(history) - ok)
print("total held:", sum(accounts.values()))
