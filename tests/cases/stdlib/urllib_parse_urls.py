from urllib.parse import (urlsplit, urlparse, urlunsplit, urljoin, urlencode, parse_qs, parse_qsl, quote,
                          quote_plus, unquote, unquote_plus, urldefrag)
import urllib.parse

u = urlsplit("https://User:Secret@Example.COM:8443/api/v1/items;x=1?q=shoes&page=2#reviews")
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.path, u.query, u.fragment)
print(urlparse("http://a.com/p;params?x=1"), urlparse("mailto:joe@example.com").path)
print(u.geturl(), urlunsplit(("https", "x.org", "a b", "k=v", "")), u._replace(query="").geturl())
print(urlsplit("//cdn.example.net/lib.js").netloc, urlsplit("/relative/path?x#y"), urlsplit("HTTP://x"))
print(urlsplit("http://[::1]:8080/").hostname, urlsplit("http://[::1]:8080/").port)
base = "http://a/b/c/d;p?q"
for rel in ["g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "../g", "../..", "../../../g", "g;x", ".", "", "https://other/x"]:
    print(repr(rel), "->", urljoin(base, rel))
print(urlencode({"q": "red shoes", "size": 9, "tags": ["a", "b&c"]}), urlencode({"tags": ["a", "b"]}, doseq=True))
print(urlencode([("k", "v/w"), ("k", "é")]), urlencode({"p": "a/b"}, safe="/"))
print(parse_qs("a=1&b=2&a=3&empty="), parse_qs("a=1&empty=", keep_blank_values=True))
print(parse_qsl("x=%20y+z&&c=d=e"), parse_qsl("flag&x=1", keep_blank_values=True))
print(quote("a b/c?d=é"), quote("a b/c", safe=""), quote_plus("a b&c=d"), quote(b"\x00\xff"))
print(unquote("caf%C3%A9%20ok"), unquote_plus("a+b%2Bc"), unquote("%zz%4"), unquote("%e9"))
print(urldefrag("http://x/y#frag"), urllib.parse.urldefrag("http://x/y").url)
for bad in ["http://x:abc/", "http://x:70000/"]:
    try:
        urlsplit(bad).port
    except ValueError as e:
        print("ValueError:", e)
try:
    urlsplit("http://[::1/")
except ValueError as e:
    print("ValueError:", e)
try:
    urlencode("abc")
except TypeError as e:
    print("TypeError:", e)
