"""Compute invoice totals from JSON line items; crashes on an unknown tax code."""
import json
from dataclasses import dataclass, asdict
from typing import Dict, List

TAX_RATES: Dict[str, float] = {"STD": 0.20, "RED": 0.05, "ZERO": 0.0}

INVOICES_JSON = """
[
  {"id": "INV-001", "customer": "Acme", "lines": [
      {"desc": "Consulting", "qty": 10, "unit": 120.0, "tax": "STD"},
      {"desc": "Books", "qty": 3, "unit": 15.5, "tax": "RED"}]},
  {"id": "INV-002", "customer": "Globex", "lines": [
      {"desc": "Food", "qty": 12, "unit": 2.25, "tax": "ZERO"},
      {"desc": "Support", "qty": 1, "unit": 499.99, "tax": "STD"}]},
  {"id": "INV-003", "customer": "Initech", "lines": [
      {"desc": "Licence", "qty": 5, "unit": 80.0, "tax": "STD"},
      {"desc": "Export service", "qty": 2, "unit": 300.0, "tax": "EXEMPT"}]}
]
"""


@dataclass
class Totals:
    invoice: str
    net: float
    tax: float
    gross: float


def line_tax(line: dict) -> float:
    rate = TAX_RATES[line["tax"]]
    return round(line["qty"] * line["unit"] * rate, 2)


def invoice_totals(inv: dict) -> Totals:
    net = round(sum(l["qty"] * l["unit"] for l in inv["lines"]), 2)
    tax = round(sum(line_tax(l) for l in inv["lines"]), 2)
    return Totals(inv["id"], net, tax, round(net + tax, 2))


invoices: List[dict] = json.loads(INVOICES_JSON)
print(f"loaded {len(invoices)} invoices")
codes = sorted({l["tax"] for inv in invoices for l in inv["lines"]})
print("tax codes in use:", codes, "known:", sorted(TAX_RATES))

results = []
for inv in invoices:
    print(f"processing {inv['id']} for {inv['customer']} ({len(inv['lines'])} lines)")
    for line in inv["lines"]:
        print(f"  {line['desc']:<16} {line['qty']:>3} x {line['unit']:>8.2f}  [{line['tax']}]")
    t = invoice_totals(inv)
    results.append(t)
    print(json.dumps(asdict(t), sort_keys=True))

print("grand total:", round(sum(t.gross for t in results), 2))
