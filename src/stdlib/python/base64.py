"""Base64 (standard and URL-safe) and base16 encodings; base64 is done in Rust."""

import _monty


class Error(ValueError):
    _monty_type_name = "binascii.Error"


def _bytes(s, what="argument"):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError(f"{what} should be a bytes-like object or ASCII string, not '{type(s).__name__}'")


def b64encode(s, altchars=None):
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'")
    return _monty.b64_encode(s, altchars)


def b64decode(s, altchars=None, validate=False):
    out = _monty.b64_decode(_bytes(s), altchars, bool(validate))
    if isinstance(out, str):
        raise Error(out)
    return out


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s, b"-_")


def urlsafe_b64decode(s):
    return b64decode(s, b"-_")


def encodebytes(s):
    encoded = b64encode(s)
    return b"".join([encoded[i:i + 76] + b"\n" for i in range(0, len(encoded), 76)])


def decodebytes(s):
    return b64decode(s)


def b16encode(s):
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'")
    return bytes(s).hex().upper().encode("ascii")


def b16decode(s, casefold=False):
    s = _bytes(s)
    if casefold:
        s = s.upper()
    if any(c not in b"0123456789ABCDEF" for c in s):
        raise Error("Non-base16 digit found")
    if len(s) % 2:
        raise Error("Odd-length string")
    return bytes.fromhex(s.decode("ascii"))
