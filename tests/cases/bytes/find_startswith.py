# bytes search: find/index/count/startswith/endswith
b = b"GET /index.html HTTP/1.1"
print(b.startswith(b"GET"))
print(b.startswith((b"POST", b"GET")))
print(b.endswith(b"1.1"))
print(b.endswith(b"HTTP", 0, 20))
print(b.find(b"/"))
print(b.rfind(b"/"))
print(b.find(b"x"))
print(b.find(47))
print(b.index(b"HTTP"))
print(b.count(b"1"))
print(b.count(b"t"))
print(b.isalpha(), b"abc".isalpha(), b"123".isdigit(), b" \t".isspace())
print(b"Hello".isupper(), b"HELLO".isupper(), b"hello".islower())
method, path, version = b.split()
print(method, path, version)
print(path.decode().lstrip("/"))
try:
    b.index(b"POST")
except ValueError as e:
    print("ValueError:", e)
try:
    b.startswith("GET")
except TypeError as e:
    print("TypeError:", e)
