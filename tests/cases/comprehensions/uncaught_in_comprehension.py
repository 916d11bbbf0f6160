inventory = {"apple": 3, "pear": 0, "fig": 2}
print("stock:", inventory)
names = sorted(inventory)
print("names:", names)
print("in stock:", [n for n in names if inventory[n]])
print("per-unit share:", {n: round(1 / inventory[n], 2) for n in names if inventory[n]})
print("share all:", {n: 1 / inventory[n] for n in names})
