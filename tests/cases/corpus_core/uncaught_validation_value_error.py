def parse_amount(text):
    text = text.strip().replace(",", "")
    if text.startswith("$"):
        text = text[1:]
    value = float(text)
    if value < 0:
        raise ValueError(f"amount must be non-negative, got {value}")
    return round(value, 2)

def fmt(amount):
    return f"{amount:>10,.2f}"

entries = ["$1,200.50", "  45 ", "$0.99", "3,000", "-15.00", "$8"]
print("entries:", len(entries))
total = 0.0
largest = None
for e in entries:
    amt = parse_amount(e)
    total += amt
    if largest is None or amt > largest:
        largest = amt
    print(f"{e!r:>12} -> {fmt(amt)}  running total {fmt(total)}")
print("final total", total, "largest", largest)
