balance = 100
for amount in [30, 50, 40]:
    print("balance before:", balance, "withdraw:", amount)
    assert amount <= balance, f"insufficient funds: {balance} < {amount}"
    balance -= amount
    print("balance after:", balance)
print("unreachable")
