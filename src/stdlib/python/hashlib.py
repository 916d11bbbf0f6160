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
