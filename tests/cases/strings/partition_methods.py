# partition / rpartition
pairs = [("key=value=more", "="), ("no separator", "="), ("path/to/file.txt", "/"),
         ("a.b.c", "."), ("", "x"), ("xxx", "x"), ("host:8080", ":")]
for s, sep in pairs:
    print(repr(s), "partition:", s.partition(sep))
    print(repr(s), "rpartition:", s.rpartition(sep))
url = "https://example.com/a/b?q=1&r=2#frag"
scheme, _, rest = url.partition("://")
rest, _, frag = rest.partition("#")
rest, _, query = rest.partition("?")
host, _, path = rest.partition("/")
print("scheme:", scheme)
print("host:", host)
print("path:", "/" + path)
print("query:", query)
print("frag:", frag)
params = dict(p.partition("=")[::2] for p in query.split("&"))
print("params:", params)
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
