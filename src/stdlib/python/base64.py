"""Base64 (standard and URL-safe), base32, base16, base85 and Ascii85 encodings; base64 is done in Rust."""

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


def _require_bytes(s):
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'")
    return bytes(s)


_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"


def _b32encode(alphabet, s):
    s = _require_bytes(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        bits = int.from_bytes(chunk + bytes(5 - len(chunk)), "big")
        chars = bytes(alphabet[(bits >> shift) & 31] for shift in range(35, -1, -5))
        used = (len(chunk) * 8 + 4) // 5
        out += chars[:used] + b"=" * (8 - used)
    return bytes(out)


def _b32decode(alphabet, s, casefold, map01=None):
    s = _bytes(s)
    if map01 is not None:
        s = s.replace(b"0", b"O").replace(b"1", _bytes(map01))
    if casefold:
        s = s.upper()
    if len(s) % 8:
        raise Error("Incorrect padding")
    body = s.rstrip(b"=")
    padding = len(s) - len(body)
    if padding not in (0, 1, 3, 4, 6):
        raise Error("Incorrect padding")
    values = []
    for c in body:
        index = alphabet.find(bytes([c]))
        if index < 0:
            raise Error("Non-base32 digit found")
        values.append(index)
    out = bytearray()
    for i in range(0, len(values), 8):
        group = values[i:i + 8]
        bits = 0
        for v in group + [0] * (8 - len(group)):
            bits = (bits << 5) | v
        out += bits.to_bytes(5, "big")[:len(group) * 5 // 8]
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


_B85 = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~"


def _base85_groups(s, alphabet, pad, zero_group=None):
    """Each 4 bytes (big-endian, the last group zero-padded) as 5 digits, most significant first."""
    out = bytearray()
    tail = -len(s) % 4
    padded = s + bytes(tail)
    for i in range(0, len(padded), 4):
        word = int.from_bytes(padded[i:i + 4], "big")
        if zero_group is not None and word == 0 and (i + 4 <= len(s) or pad):
            out += zero_group
            continue
        digits = bytearray(5)
        for k in range(4, -1, -1):
            word, digit = divmod(word, 85)
            digits[k] = alphabet[digit]
        out += digits
    if tail and not pad:
        del out[len(out) - tail:]
    return bytes(out)


def _base85_decode(chars, what):
    out = bytearray()
    tail = -len(chars) % 5
    chars = chars + [84] * tail
    for i in range(0, len(chars), 5):
        word = 0
        for v in chars[i:i + 5]:
            word = word * 85 + v
        if word > 0xFFFFFFFF:
            raise ValueError(f"{what} overflow in hunk starting at byte {i}")
        out += word.to_bytes(4, "big")
    if tail:
        del out[len(out) - tail:]
    return bytes(out)


def b85encode(b, pad=False):
    return _base85_groups(_require_bytes(b), _B85, pad)


def b85decode(b):
    b = _bytes(b)
    values = []
    for i, c in enumerate(b):
        index = _B85.find(bytes([c]))
        if index < 0:
            raise ValueError(f"bad base85 character at position {i}")
        values.append(index)
    return _base85_decode(values, "base85")


_A85 = bytes(range(33, 118))


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    out = _base85_groups(_require_bytes(b), _A85, pad, b"z")
    if foldspaces:
        out = out.replace(b"+<VdL", b"y")
    if adobe:
        out = b"<~" + out
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        out = b"\n".join(out[i:i + width] for i in range(0, len(out), width))
    if adobe:
        last_line = out[out.rfind(b"\n") + 1:]
        out += b"\n~>" if wrapcol and len(last_line) + 2 > wrapcol else b"~>"
    return out


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\x0b"):
    b = _bytes(b)
    if adobe:
        if not b.endswith(b"~>"):
            raise ValueError("Ascii85 encoded byte sequences must end with b'~>'")
        b = b[2:-2] if b.startswith(b"<~") else b[:-2]
    values = []
    out = bytearray()
    for c in b:
        if c == 0x7A and not values:  # 'z': four zero bytes, only between groups
            out += bytes(4)
        elif c == 0x79 and foldspaces and not values:  # 'y': four spaces
            out += b"    "
        elif 33 <= c <= 117:
            values.append(c - 33)
            if len(values) == 5:
                out += _base85_decode(values, "Ascii85")
                values = []
        elif c in ignorechars:
            continue
        else:
            raise ValueError(f"Non-Ascii85 digit found: {chr(c)}")
    if values:
        out += _base85_decode(values, "Ascii85")
    return bytes(out)
