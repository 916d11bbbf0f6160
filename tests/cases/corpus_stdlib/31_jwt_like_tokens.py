"""Create and verify compact signed tokens (JWT-like) with base64 + hashlib."""
import base64
import hashlib
import hmac
import json
from typing import Any, Dict

SECRET = b"not-a-real-secret"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign(payload: Dict[str, Any]) -> str:
    header = {"alg": "HS256", "typ": "JWT"}
    parts = [b64url(json.dumps(x, separators=(",", ":"), sort_keys=True).encode()) for x in (header, payload)]
    signing_input = ".".join(parts).encode()
    sig = hmac.new(SECRET, signing_input, hashlib.sha256).digest()
    return ".".join(parts + [b64url(sig)])


class TokenError(Exception):
    pass


def verify(token: str, now: int) -> Dict[str, Any]:
    try:
        h, p, s = token.split(".")
    except ValueError:
        raise TokenError(f"expected 3 segments, got {token.count('.') + 1}") from None
    expected = hmac.new(SECRET, f"{h}.{p}".encode(), hashlib.sha256).digest()
    if not hmac.compare_digest(expected, b64url_decode(s)):
        raise TokenError("bad signature")
    payload = json.loads(b64url_decode(p))
    if payload.get("exp", now + 1) <= now:
        raise TokenError(f"expired at {payload['exp']} (now {now})")
    return payload


NOW = 1_700_000_000
tok = sign({"sub": "user-17", "role": "admin", "exp": NOW + 3600, "name": "Zoë"})
print("token:", tok)
print("segments:", [len(x) for x in tok.split(".")])
print("header:", b64url_decode(tok.split(".")[0]).decode())
print("payload:", json.loads(b64url_decode(tok.split(".")[1])))
print("verified:", verify(tok, NOW))

h, p, s = tok.split(".")
forged_payload = json.loads(b64url_decode(p)) | {"role": "superuser"}
forged = ".".join([h, b64url(json.dumps(forged_payload, separators=(",", ":")).encode()), s])
cases = {"forged": forged, "expired": tok, "truncated": "abc.def", "garbage-sig": f"{h}.{p}.AAAA"}
for name, t in cases.items():
    try:
        verify(t, NOW + 7200 if name == "expired" else NOW)
        print(name, "-> accepted?!")
    except TokenError as e:
        print(f"{name:<12} -> TokenError: {e}")

print("ascii json:", json.dumps({"name": "Zoë"}))
print("utf8 json:", json.dumps({"name": "Zoë"}, ensure_ascii=False))
print("std b64 vs url-safe:", base64.b64encode(b"\xff\xfe\xfd"), b64url(b"\xff\xfe\xfd"))
print("sha256 of token:", hashlib.sha256(tok.encode()).hexdigest()[:32])
