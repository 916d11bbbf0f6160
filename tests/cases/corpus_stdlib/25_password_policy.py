"""Check passwords against a policy and store salted hashes."""
import hashlib
import re
import string
from typing import List, Tuple

POLICY = [
    (re.compile(r".{10,}", re.DOTALL), "at least 10 characters"),
    (re.compile(r"[a-z]"), "a lowercase letter"),
    (re.compile(r"[A-Z]"), "an uppercase letter"),
    (re.compile(r"\d"), "a digit"),
    (re.compile("[" + re.escape(string.punctuation) + "]"), "a punctuation character"),
]
REPEAT_RE = re.compile(r"(.)\1{2,}")
COMMON = {"password", "letmein", "qwerty", "123456"}


def check(pw: str) -> Tuple[bool, List[str]]:
    problems = [f"needs {desc}" for rx, desc in POLICY if not rx.search(pw)]
    if m := REPEAT_RE.search(pw):
        problems.append(f"repeated character {m.group(1)!r} at {m.start()}")
    if any(word in pw.lower() for word in COMMON):
        problems.append("contains a common password")
    return not problems, problems


def entropy_bits(pw: str) -> int:
    pools = [string.ascii_lowercase, string.ascii_uppercase, string.digits, string.punctuation]
    size = sum(len(p) for p in pools if any(c in p for c in pw))
    return int(len(pw) * size.bit_length())


def hash_password(pw: str, salt: bytes) -> str:
    digest = hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, 1000)
    return salt.hex() + "$" + digest.hex()


CANDIDATES = ["hunter2", "CorrectHorse9!", "Password123!", "aaaBBB111!!!x", "Tr0ub4dor&3x", "short1!A", "NoDigitsHere!!"]

store = {}
for i, pw in enumerate(CANDIDATES):
    ok, problems = check(pw)
    status = "OK  " if ok else "FAIL"
    print(f"{status} {pw!r:<18} ~{entropy_bits(pw):>3} bits", "; ".join(problems))
    if ok:
        salt = hashlib.sha256(f"user{i}".encode()).digest()[:8]
        store[f"user{i}"] = hash_password(pw, salt)

print("stored users:", sorted(store))
for user, h in sorted(store.items()):
    salt_hex, digest = h.split("$")
    print(f"  {user}: salt={salt_hex} digest={digest[:20]}...")


def verify(user: str, attempt: str) -> bool:
    salt_hex, _ = store[user].split("$")
    return hash_password(attempt, bytes.fromhex(salt_hex)) == store[user]


first = sorted(store)[0]
print("verify correct:", verify(first, "CorrectHorse9!"))
print("verify wrong:", verify(first, "correcthorse9!"))
try:
    verify("user99", "x")
except KeyError as e:
    print("unknown user:", type(e).__name__, e)
print("sha256('abc'):", hashlib.sha256(b"abc").hexdigest())
print("md5('abc'):", hashlib.md5(b"abc").hexdigest())
