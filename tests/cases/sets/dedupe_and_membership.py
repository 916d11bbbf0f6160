emails = ["a@x.com", "b@y.com", "A@x.com", "c@z.com", "b@y.com", "a@x.com"]
seen = set()
unique = []
for e in emails:
    key = e.lower()
    if key not in seen:
        seen.add(key)
        unique.append(e)
print("unique preserving order:", unique)
print("seen count:", len(seen))
print("sorted seen:", sorted(seen))

allowed = {"read", "write"}
requests = ["read", "delete", "write", "admin", "read"]
for r in requests:
    print(r, "->", "ok" if r in allowed else "denied")
denied = sorted(set(requests) - allowed)
print("denied kinds:", denied)

nums = [4, 7, 1, 9, 4, 2, 7, 7, 0]
dups = set()
once = set()
for n in nums:
    if n in once:
        dups.add(n)
    once.add(n)
print("duplicates:", dups)
print("distinct:", once)
print("first duplicate:", next(n for i, n in enumerate(nums) if n in nums[:i]))

def has_pair_sum(xs, target):
    seen = set()
    for x in xs:
        if target - x in seen:
            return (target - x, x)
        seen.add(x)
    return None
print("pair sum 11:", has_pair_sum(nums, 11))
print("pair sum 100:", has_pair_sum(nums, 100))
