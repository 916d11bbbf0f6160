import base64
import hashlib

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = hashlib.new(name, b"hello world")
    print(name, h.hexdigest(), h.digest_size, h.block_size, h.name)
h = hashlib.sha256()
h.update(b"hello ")
h.update(b"world")
c = h.copy()
c.update(b"!")
print(h.hexdigest(), c.hexdigest(), hashlib.md5("é".encode()).hexdigest(), hashlib.sha256(b"").hexdigest())
print(hashlib.sha1(b"abc").digest(), len(hashlib.sha512(b"x" * 1000).digest()), sorted(hashlib.algorithms_guaranteed) == sorted(hashlib.algorithms_guaranteed))
print(hashlib.md5(b"a" * 10000).hexdigest(), hashlib.new("SHA256", b"x").hexdigest()[:16])

for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40], "héllo".encode()]:
    enc = base64.b64encode(data)
    print(data[:10], enc, base64.b64decode(enc) == data, base64.urlsafe_b64encode(data), base64.b16encode(data))
print(base64.b64decode("aGVsbG8gd29ybGQ="), base64.b64decode(b"aGVs bG8=\n"), base64.urlsafe_b64decode("-_-_"), base64.b64encode(b"\xfb\xff", altchars=b"-_"))
print(base64.b16decode("48656C6C6F"), base64.b16decode("48656c6c6f", casefold=True), base64.encodebytes(b"x" * 60), base64.standard_b64decode("YQ=="))
token = base64.urlsafe_b64encode(hashlib.sha256(b"secret").digest()).rstrip(b"=").decode()
print(token, len(token))

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("bad padding", lambda: base64.b64decode("abc"))
attempt("one extra", lambda: base64.b64decode("abcde"))
attempt("validate", lambda: base64.b64decode("ab!c", validate=True))
attempt("str encode", lambda: base64.b64encode("text"))
attempt("hash str", lambda: hashlib.sha256("text"))
attempt("unknown hash", lambda: hashlib.new("sha3_999"))
attempt("b16 odd", lambda: base64.b16decode("ABC"))
attempt("b16 bad", lambda: base64.b16decode("zz"))
attempt("is ValueError", lambda: issubclass(base64.binascii.Error if hasattr(base64, "binascii") else ValueError, ValueError))
