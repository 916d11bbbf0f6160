"""Normalize and validate phone numbers found in contact notes."""
import re
from collections import namedtuple
from typing import Optional

Phone = namedtuple("Phone", "country area local ext")

NOTES = """
Call Anna at (555) 123-4567 or +1 555.987.6543 ext. 12.
Bob: 555-0000; office +44 20 7946 0958, cell 07700 900123
Invalid: 12-34, 555-12345678, and (555 123-4567
Carla +1-800-FLOWERS, also 1 (212) 555 0199 x204
"""

US_RE = re.compile(r"""
    (?:\+?1[\s.-]?)?              # optional country code
    \(?(?P<area>\d{3})\)?[\s.-]?  # area code
    (?P<pre>\d{3})[\s.-]?         # prefix
    (?P<line>\d{4})\b             # line number
    (?:\s*(?:ext\.?|x)\s*(?P<ext>\d+))?
""", re.VERBOSE | re.IGNORECASE)

UK_RE = re.compile(r"\+44\s?(\d{2})\s?(\d{4})\s?(\d{4})")
LETTERS = {c: str(d) for d, letters in enumerate(["", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"]) for c in letters}


def parse_us(m: re.Match) -> Phone:
    return Phone("1", m["area"], f"{m['pre']}-{m['line']}", m["ext"])


def vanity_to_digits(s: str) -> str:
    return re.sub(r"[A-Za-z]", lambda m: LETTERS[m.group(0).lower()], s)


def format_e164(p: Phone) -> str:
    base = f"+{p.country}{p.area}{p.local.replace('-', '')}"
    return base + (f";ext={p.ext}" if p.ext else "")


found = []
for m in US_RE.finditer(NOTES):
    p = parse_us(m)
    found.append(p)
    print(f"US  {m.group(0).strip():<28} at {m.span()} -> {format_e164(p)}")
for m in UK_RE.finditer(NOTES):
    print(f"UK  {m.group(0):<28} -> +44 {m.group(1)} {m.group(2)} {m.group(3)}")

vanity = re.search(r"\+1-800-([A-Z]{7})", NOTES)
print("vanity:", vanity.group(1), "->", vanity_to_digits(vanity.group(0)))

for candidate in ["555-123-4567", "5551234567", "555-1234", "(555)123-4567 x9", "abc-def-ghij"]:
    full = US_RE.fullmatch(candidate)
    print(f"fullmatch {candidate!r:<20}: {'valid ' + format_e164(parse_us(full)) if full else 'invalid'}")

masked, n = re.subn(r"\d(?=\d{2})", "•", "555-987-6543")
print("masked:", masked, n)
masked_all, count = US_RE.subn(lambda m: f"[phone ***-{m['line']}]", NOTES)
print(f"redacted {count} numbers")
print(masked_all.strip().splitlines()[0])
areas = sorted({p.area for p in found})
print("area codes:", areas, "| with ext:", [p.ext for p in found if p.ext])
print("split digits:", re.split(r"[\s().-]+", "(555) 123-4567".strip("(")))
