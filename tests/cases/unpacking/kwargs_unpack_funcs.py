def connect(host, port=80, *, timeout=10, retries=3):
    return f"{host}:{port} timeout={timeout} retries={retries}"

settings = {"host": "example.org", "port": 443}
print(connect(**settings))
print(connect(**settings, timeout=5))
opts = {"timeout": 1, "retries": 0}
print(connect("h", **opts))
print(connect(*["db", 5432], **opts))

def forward(*args, **kwargs):
    print("  forward got", args, kwargs)
    return connect(*args, **kwargs)

print(forward("api"))
print(forward("api", 8080, retries=9))
try:
    connect(**{"host": "x", "bogus": 1})
except TypeError as e:
    print("bogus kw:", type(e).__name__, e)
try:
    connect(**{1: "x"})
except TypeError as e:
    print("non-str key:", type(e).__name__, e)
try:
    connect("h", 1, 2)
except TypeError as e:
    print("too many pos:", type(e).__name__, e)
def defaults_merge(**kw):
    base = {"color": "red", "size": "M"}
    return {**base, **kw}
print(defaults_merge())
print(defaults_merge(size="L", qty=2))
