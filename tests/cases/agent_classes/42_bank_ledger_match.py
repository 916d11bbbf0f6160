from dataclasses import dataclass, field
from typing import List, Dict, Tuple
from collections import defaultdict


@dataclass(frozen=True)
class Txn:
    ref: str
    amount: int
    kind: str


class Ledger:
    def __init__(self, name: str):
        self.name = name
        self.txns: List[Txn] = []

    def record(self, *entries: Tuple[str, int]):
        for ref, amt in entries:
            self.txns.append(Txn(ref, amt, "credit" if amt >= 0 else "debit"))
        return self

    @property
    def balance(self) -> int:
        return sum(t.amount for t in self.txns)

    def __iter__(self):
        return iter(self.txns)

    def __len__(self):
        return len(self.txns)


def describe(t: Txn) -> str:
    match t:
        case Txn(ref, 0, _):
            return f"{ref}: zero-value entry"
        case Txn(ref, amount, "credit") if amount >= 10_000:
            return f"{ref}: large credit {amount / 100:,.2f}"
        case Txn(ref=r, kind="credit", amount=a):
            return f"{r}: credit {a / 100:.2f}"
        case Txn(ref=r, amount=a):
            return f"{r}: debit {-a / 100:.2f}"


Txn.__match_args__ = ("ref", "amount", "kind")


def reconcile(a: Ledger, b: Ledger) -> Dict[str, List]:
    index = defaultdict(list)
    for t in b:
        index[(t.ref, t.amount)].append(t)
    matched, only_a = [], []
    for t in a:
        key = (t.ref, t.amount)
        if index[key]:
            matched.append((t, index[key].pop()))
        else:
            only_a.append(t)
    only_b = [t for ts in index.values() for t in ts]
    return {"matched": matched, "only_a": only_a, "only_b": only_b}


bank = Ledger("bank").record(("INV-1", 12500), ("INV-2", 4999), ("FEE", -250), ("INV-3", 800), ("ADJ", 0), ("INV-2", 4999))
books = Ledger("books").record(("INV-1", 12500), ("INV-2", 4999), ("INV-3", 850), ("RENT", -90000), ("FEE", -250))

for led in (bank, books):
    print(f"== {led.name} ({len(led)} txns, balance {led.balance / 100:,.2f}) ==")
    for t in led:
        print("   ", describe(t))

res = reconcile(bank, books)
print("matched:", [m[0].ref for m in res["matched"]])
print("only in bank:", [(t.ref, t.amount) for t in res["only_a"]])
print("only in books:", [(t.ref, t.amount) for t in res["only_b"]])
diff = bank.balance - books.balance
print(f"difference: {diff / 100:+,.2f}")
explained = sum(t.amount for t in res["only_a"]) - sum(t.amount for t in res["only_b"])
print("fully explained:", explained == diff)
unique_txns = set(bank) | set(books)
print("distinct txn values:", len(unique_txns))
by_kind = defaultdict(int)
for t in unique_txns:
    by_kind[t.kind] += t.amount
print("net by kind:", dict(sorted(by_kind.items())))
