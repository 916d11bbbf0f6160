def make_report(title, *rows, sep=" | ", width=10, upper=False):
    head = title.upper() if upper else title
    lines = [head, "=" * len(head)]
    for row in rows:
        lines.append(sep.join(str(c).ljust(width) for c in row).rstrip())
    return "\n".join(lines)

print(make_report("Sales", ("north", 10), ("south", 7)))
print(make_report("Compact", ("a", 1, True), sep=",", width=0))
print(make_report("loud", upper=True))

def connect(host, port=80, *, timeout=5.0, retries=3, secure=False):
    scheme = "https" if secure else "http"
    return f"{scheme}://{host}:{port} timeout={timeout} retries={retries}"

print(connect("example.com"))
print(connect("example.com", 8443, secure=True, retries=0))
try:
    connect("example.com", 80, 10)
except TypeError as e:
    print("TypeError:", e)

def append_bad(item, bucket=[]):
    bucket.append(item)
    return bucket

def append_good(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(append_bad(1), append_bad(2), append_bad(3))
print(append_good(1), append_good(2), append_good(3, [0]))
print(append_bad.__defaults__)

def positional_only(a, b, /, c, *, d=4):
    return a + b + c + d
print(positional_only(1, 2, 3), positional_only(1, 2, c=3, d=10))
try:
    positional_only(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)

def tally(*, start=0, **counts):
    total = start + sum(counts.values())
    return total, sorted(counts)
print(tally(apples=3, pears=2), tally(start=100), tally(start=1, z=1, a=2))
import_like = {"verbose": True, "level": 2}
def configure(verbose=False, level=0, name="app"):
    return f"{name}: verbose={verbose} level={level}"
print(configure(**import_like), configure(name="svc", **import_like))
