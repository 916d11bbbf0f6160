"""Message digests (md5, sha1, sha224, sha256, sha384, sha512), computed in Rust."""

import _monty

_SIZES = {"md5": (16, 64), "sha1": (20, 64), "sha224": (28, 64), "sha256": (32, 64), "sha384": (48, 128),
          "sha512": (64, 128)}
algorithms_guaranteed = frozenset(_SIZES)
algorithms_available = frozenset(_SIZES)


class _Hash:
    def __init__(self, name, data=b""):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name]
        self._chunks = []
        if data:
            self.update(data)

    def update(self, data):
        if isinstance(data, str):
            raise TypeError("Strings must be encoded before hashing")
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError(f"object supporting the buffer API required")
        self._chunks.append(bytes(data))

    def digest(self):
        data = b"".join(self._chunks)
        self._chunks = [data]
        return _monty.hash_digest(self.name, data)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = _Hash(self.name)
        other._chunks = list(self._chunks)
        return other

    def __repr__(self):
        return f"<{self.name} _hashlib.HASH object @ 0x0>"


def new(name, data=b"", **kwargs):
    key = name.lower().replace("-", "")
    if key not in _SIZES:
        raise ValueError(f"unsupported hash type {name}")
    return _Hash(key, data)


def md5(data=b"", **kwargs):
    return _Hash("md5", data)


def sha1(data=b"", **kwargs):
    return _Hash("sha1", data)


def sha224(data=b"", **kwargs):
    return _Hash("sha224", data)


def sha256(data=b"", **kwargs):
    return _Hash("sha256", data)


def sha384(data=b"", **kwargs):
    return _Hash("sha384", data)


def sha512(data=b"", **kwargs):
    return _Hash("sha512", data)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PBKDF2 (RFC 8018) with HMAC over `hash_name`; each iteration is charged to the run's
    limits like any other Python work."""
    import hmac

    if not isinstance(hash_name, str):
        raise TypeError(f"pbkdf2_hmac() argument 'hash_name' must be str, not {type(hash_name).__name__}")
    for what, value in (("password", password), ("salt", salt)):
        if not isinstance(value, (bytes, bytearray)):
            raise TypeError(f"a bytes-like object is required, not '{type(value).__name__}'")
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    key = hmac.new(bytes(password), None, hash_name)
    if dklen is None:
        dklen = key.digest_size
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    size = key.digest_size
    out = b""
    block = 1
    while len(out) < dklen:
        mac = key.copy()
        mac.update(bytes(salt) + block.to_bytes(4, "big"))
        u = mac.digest()
        acc = int.from_bytes(u, "big")
        for _ in range(iterations - 1):
            mac = key.copy()
            mac.update(u)
            u = mac.digest()
            acc ^= int.from_bytes(u, "big")
        out += acc.to_bytes(size, "big")
        block += 1
    return out[:dklen]
