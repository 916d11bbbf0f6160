import hashlib
import hmac

key = b"secret-key"
msg = b"header.payload"
h = hmac.new(key, msg, hashlib.sha256)
print(h.hexdigest(), h.digest_size, h.block_size, h.name)
h2 = hmac.new(key, digestmod="sha1")
h2.update(b"header.")
copy = h2.copy()
h2.update(b"payload")
print(h2.hexdigest(), copy.hexdigest() != h2.hexdigest())
print(hmac.new(b"k" * 100, b"long key", hashlib.md5).hexdigest(), hmac.digest(key, msg, "sha512")[:8].hex())
print(hmac.compare_digest(h.digest(), hmac.new(key, msg, "sha256").digest()), hmac.compare_digest("abc", "abd"))
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"pw", b"NaCl", 3, dklen=50).hex())
try:
    hmac.new(key, msg)
except TypeError as e:
    print("TypeError:", e)
try:
    hmac.compare_digest(b"a", "a")
except TypeError as e:
    print("TypeError:", e)
try:
    hashlib.pbkdf2_hmac("sha256", b"pw", b"s", 0)
except ValueError as e:
    print("ValueError:", e)
