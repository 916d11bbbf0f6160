"""Generate unique URL slugs for article titles."""
import hashlib
import re
import string
import unicodedata
from typing import Dict, List

TITLES = [
    "Hello, World!",
    "  Ten Tips for Writing   Better Python  ",
    "Ten tips for writing better Python",
    "Café Culture & Crème Brûlée",
    "C++ vs. C#: Which One?",
    "100% Pure -- No Fillers!!!",
    "Ünïcödé Ëvërÿwhërë",
    "",
    "Hello World",
    "Ten Tips for Writing Better Python",
]

NON_ALNUM = re.compile(r"[^a-z0-9]+")
LANG_TOKENS = {"c++": "cpp", "c#": "csharp"}


def slugify(title: str, max_len: int = 30) -> str:
    text = title.lower()
    text = re.sub("|".join(map(re.escape, LANG_TOKENS)), lambda m: LANG_TOKENS[m.group(0)], text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = text.replace("%", " percent ").replace("&", " and ")
    slug = NON_ALNUM.sub("-", text).strip("-")
    if len(slug) > max_len:
        slug = slug[:max_len].rsplit("-", 1)[0]
    return slug


def unique_slugs(titles: List[str]) -> Dict[int, str]:
    seen: Dict[str, int] = {}
    out = {}
    for i, title in enumerate(titles):
        base = slugify(title) or "untitled-" + hashlib.sha256(title.encode()).hexdigest()[:6]
        n = seen.get(base, 0)
        seen[base] = n + 1
        out[i] = base if n == 0 else f"{base}-{n + 1}"
    return out


for i, slug in unique_slugs(TITLES).items():
    print(f"{TITLES[i]!r:<44} -> {slug}")

allowed = set(string.ascii_lowercase + string.digits + "-")
print("all slugs valid:", all(set(s) <= allowed for s in unique_slugs(TITLES).values()))
print("pattern check:", [bool(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", s)) for s in unique_slugs(TITLES).values()])
words = re.split(r"\W+", "Split--these  words,please!", flags=re.ASCII)
print("split:", words, "| maxsplit:", re.split(r"\s+", "a b  c   d", maxsplit=2))
print("title case back:", string.capwords(slugify(TITLES[1]).replace("-", " ")))
print("accent strip:", unicodedata.normalize("NFKD", "é").encode("ascii", "ignore"), unicodedata.name("é"))
