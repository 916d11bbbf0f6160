# Parsing raw HTTP response bytes
raw = (b"HTTP/1.1 200 OK\r\n"
       b"Content-Type: text/html; charset=utf-8\r\n"
       b"Content-Length: 13\r\n"
       b"X-Custom:  spaced value  \r\n"
       b"\r\n"
       b"<p>h\xc3\xa9llo</p>")
head, sep, body = raw.partition(b"\r\n\r\n")
print("sep found:", sep == b"\r\n\r\n")
lines = head.split(b"\r\n")
status = lines[0]
version, code, reason = status.split(b" ", 2)
print("version:", version, "code:", int(code), "reason:", reason.decode())
headers = {}
for line in lines[1:]:
    name, _, value = line.partition(b":")
    headers[name.strip().lower().decode()] = value.strip().decode()
for k in sorted(headers):
    print(f"{k!r}: {headers[k]!r}")
print("body bytes:", len(body), "declared:", headers["content-length"])
charset = headers["content-type"].split("charset=")[1]
print("charset:", charset)
text = body.decode(charset)
print("text:", text, "chars:", len(text))
print("ok:", int(headers["content-length"]) == len(body))
