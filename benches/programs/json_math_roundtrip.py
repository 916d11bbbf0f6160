# Agent-style stdlib use: serialise tool results to JSON and back, with math on the way.
import json
import math

records = []
for i in range(3000):
    records.append({
        "id": i,
        "name": f"item-{i}",
        "price": round(math.sqrt(i) * 3.7, 2),
        "tags": ["a", "b"] if i % 2 else [],
        "meta": {"ok": i % 3 == 0, "ratio": i / 7, "note": None},
    })

total = 0.0
for _ in range(5):
    text = json.dumps(records)
    back = json.loads(text)
    total += math.fsum(r["price"] for r in back)
pretty = json.dumps(records[:200], indent=2, sort_keys=True)
print(len(text), len(pretty), round(total, 2), math.floor(total), math.log10(total))
