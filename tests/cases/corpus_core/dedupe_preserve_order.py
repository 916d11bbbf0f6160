def dedupe(items):
    seen = set()
    out = []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out

def dedupe_by(items, key):
    seen = set()
    out = []
    for x in items:
        k = key(x)
        if k in seen:
            continue
        seen.add(k)
        out.append(x)
    return out

print(dedupe([3, 1, 3, 2, 1, 5, 2, 9]))
print(dedupe("mississippi"))
print("".join(dedupe("hello world")))
print(list(dict.fromkeys(["b", "a", "b", "c", "a"])))

emails = ["Bob@Example.com", "alice@x.org", "bob@example.com", "ALICE@X.ORG", "carol@y.net"]
print(dedupe_by(emails, str.lower))

records = [
    {"id": 1, "name": "alpha", "v": 10},
    {"id": 2, "name": "beta", "v": 20},
    {"id": 1, "name": "alpha-dup", "v": 11},
    {"id": 3, "name": "gamma", "v": 30},
    {"id": 2, "name": "beta-dup", "v": 21},
]
first = dedupe_by(records, lambda r: r["id"])
print([r["name"] for r in first])
last = {}
for r in records:
    last[r["id"]] = r
print([r["name"] for r in last.values()])

unhashable = [[1, 2], [3], [1, 2], [3], [4]]
print(dedupe_by(unhashable, tuple))
dups = sorted({x for x in [1, 2, 2, 3, 3, 3, 4] if [1, 2, 2, 3, 3, 3, 4].count(x) > 1})
print("duplicates:", dups)
counts = {}
for w in "a b a c b a d".split():
    counts[w] = counts.get(w, 0) + 1
print([w for w, n in counts.items() if n == 1], max(counts.values()))
