"""Extract and normalise URLs and query params from free text with regex."""
import re
from urllib.parse import urlsplit, parse_qs, urlencode
from collections import Counter

TEXT = """
See https://Example.com/docs/intro?lang=en&page=2 for the intro, or the mirror at
http://mirror.example.org:8080/docs/intro/?lang=EN. Old link: HTTPS://example.com/Docs/Intro#top
Support: https://support.example.com/ticket?id=1234&id=5678&utm_source=mail (closed).
Not a url: htp:/broken and www.no-scheme.com/path, ftp://files.example.net/pub/file.tar.gz
"""

URL_RE = re.compile(r"""
    (?P<scheme>https?|ftp)://          # scheme
    (?P<host>[\w.-]+)                  # host
    (?::(?P<port>\d+))?                # optional port
    (?P<path>/[^\s?#]*)?               # path
    (?:\?(?P<query>[^\s#]*))?          # query
    (?:\#(?P<frag>\S*))?               # fragment
""", re.VERBOSE | re.IGNORECASE)

TRAILING = re.compile(r"[.,)]+$")

found = []
for m in URL_RE.finditer(TEXT):
    raw = TRAILING.sub("", m.group(0))
    start, end = m.span()
    print(f"[{start:>3}:{end:<3}] {raw}")
    found.append(m.groupdict())

print("--- components ---")
for d in found:
    print({k: v for k, v in d.items() if v})


def normalise(url: str) -> str:
    parts = urlsplit(TRAILING.sub("", url))
    params = {k: v for k, v in sorted(parse_qs(parts.query).items()) if not k.startswith("utm_")}
    path = parts.path.rstrip("/").lower() or "/"
    query = urlencode(params, doseq=True)
    host = parts.hostname or ""
    return f"{parts.scheme.lower()}://{host}{path}" + (f"?{query}" if query else "")


print("--- normalised ---")
norm = [normalise(m.group(0)) for m in URL_RE.finditer(TEXT)]
for n in norm:
    print(n)
hosts = Counter(urlsplit(n).hostname for n in norm)
print("hosts:", sorted(hosts.items()))

print("schemes:", [s.lower() for s in re.findall(r"\b(https?|ftp)://", TEXT, flags=re.I)])
redacted, n = re.subn(r"(id=)\d+", r"\1XXXX", TEXT)
print("redacted ids:", n, "|", re.search(r"ticket\?\S+", redacted).group())
print("www domains:", re.findall(r"\bwww\.([a-z0-9-]+)\.com\b", TEXT))
print("escaped:", re.escape("example.com/a+b?"))
