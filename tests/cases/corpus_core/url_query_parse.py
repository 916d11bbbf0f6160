def unquote(s):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == "+":
            out.append(" ")
        elif c == "%" and i + 2 < len(s) + 1 and len(s[i + 1:i + 3]) == 2:
            out.append(chr(int(s[i + 1:i + 3], 16)))
            i += 2
        else:
            out.append(c)
        i += 1
    return "".join(out)

def parse_url(url):
    scheme, _, rest = url.partition("://")
    frag = ""
    if "#" in rest:
        rest, frag = rest.split("#", 1)
    query = ""
    if "?" in rest:
        rest, query = rest.split("?", 1)
    host, slash, path = rest.partition("/")
    port = None
    if ":" in host:
        host, p = host.rsplit(":", 1)
        port = int(p)
    params = {}
    for pair in query.split("&"):
        if not pair:
            continue
        k, _, v = pair.partition("=")
        params.setdefault(unquote(k), []).append(unquote(v))
    return {"scheme": scheme, "host": host, "port": port, "path": slash + path,
            "params": params, "fragment": frag}

urls = [
    "https://example.com/search?q=hello+world&lang=en&lang=fr#results",
    "http://localhost:8080/api/v1/items?id=42&sort=-price",
    "ftp://files.host.org/pub/file%20name.txt",
    "https://x.io?empty=&flag&a%3Db=c%26d",
]
for u in urls:
    parts = parse_url(u)
    print(u)
    for key in ("scheme", "host", "port", "path", "fragment"):
        print(f"   {key:9}= {parts[key]!r}")
    for k, vs in sorted(parts["params"].items()):
        print(f"   param {k!r}: {vs}")

def build_query(params):
    pieces = []
    for k in sorted(params):
        v = params[k]
        values = v if isinstance(v, list) else [v]
        for item in values:
            pieces.append(f"{k}={str(item).replace(' ', '+')}")
    return "&".join(pieces)

print(build_query({"b": 2, "a": "x y", "c": [1, 2, 3]}))
