def parse(s):
    key, _, value = s.partition("=")
    return key.strip(), value.strip()
for s in ["a = 1", "name=bob", "empty=", "novalue"]:
    k, v = parse(s)
    print(repr(k), repr(v))
def head_tail(seq):
    if not seq:
        return None, []
    h, *t = seq
    return h, t
print(head_tail([1, 2, 3]))
print(head_tail([]))
h, t = head_tail("xyz")
print("h:", h, "t:", t)
def min_max_avg(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, avg = min_max_avg([3, 8, 1, 6])
print(f"lo={lo} hi={hi} avg={avg}")
*_, only_avg = min_max_avg([10, 20])
print("only avg:", only_avg)
s, = [42]
print("single:", s)
[t1] = "z"
print("list target single:", t1)
