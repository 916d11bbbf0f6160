def withdraw(balance, amount):
    if not isinstance(amount, (int, float)):
        raise TypeError(f"amount must be a number, not {type(amount).__name__}")
    if amount <= 0:
        raise ValueError("amount must be positive")
    if amount > balance:
        raise ValueError(f"insufficient funds: balance {balance}, requested {amount}")
    return balance - amount
bal = 100
for amt in [30, -5, "10", 500, 70, 1]:
    try:
        bal = withdraw(bal, amt)
        print(f"withdrew {amt!r}, balance {bal}")
    except (TypeError, ValueError) as e:
        print(f"error for {amt!r}: {type(e).__name__}: {e}")
print("final balance:", bal)
def parse_port(s):
    try:
        p = int(s)
    except ValueError:
        raise ValueError(f"invalid port {s!r}") from None
    if not 0 < p < 65536:
        raise ValueError(f"port out of range: {p}")
    return p
for s in ["80", "http", "70000", "0", "8080"]:
    try:
        print(s, "->", parse_port(s))
    except ValueError as e:
        print(s, "->", e)
try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print("NotImplementedError is RuntimeError:", type(e).__name__, e)
