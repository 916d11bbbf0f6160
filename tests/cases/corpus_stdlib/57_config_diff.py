"""Line-by-line diff of two config files with zip_longest and difflib."""
import difflib
import re
from itertools import zip_longest
from collections import Counter
from typing import Dict, List, Tuple

OLD = """\
# service config
host = 10.0.0.1
port = 8080
workers = 4
timeout = 30
log_level = info
feature_x = off
"""

NEW = """\
# service config
host = 10.0.0.2
port = 8080
workers = 8
log_level = debug
feature_x = on
feature_y = on
max_body = 10MB
"""

KV = re.compile(r"^\s*(?P<key>[a-z_]+)\s*=\s*(?P<value>.+?)\s*$", re.MULTILINE)


def parse(text: str) -> Dict[str, str]:
    return {m["key"]: m["value"] for m in KV.finditer(text)}


old, new = parse(OLD), parse(NEW)
changes: List[Tuple[str, str]] = []
for key in sorted(old.keys() | new.keys()):
    if key not in new:
        changes.append(("removed", key))
    elif key not in old:
        changes.append(("added", key))
    elif old[key] != new[key]:
        changes.append(("changed", key))
for kind, key in changes:
    print(f"{kind:<8} {key:<10} {old.get(key, '-'):>10} -> {new.get(key, '-')}")
print("summary:", dict(sorted(Counter(k for k, _ in changes).items())))

print("--- side by side ---")
for i, (a, b) in enumerate(zip_longest(OLD.splitlines(), NEW.splitlines(), fillvalue=""), 1):
    marker = " " if a == b else "|"
    print(f"{i:>2} {a:<20} {marker} {b}")

print("--- unified diff ---")
for line in difflib.unified_diff(OLD.splitlines(), NEW.splitlines(), "old.conf", "new.conf", lineterm="", n=1):
    print(line)
ratio = difflib.SequenceMatcher(None, OLD, NEW).ratio()
print("similarity:", round(ratio, 4))
print("close matches for 'loglevel':", difflib.get_close_matches("loglevel", list(new), n=2))
comments = re.findall(r"^#\s*(.*)$", OLD, flags=re.MULTILINE)
print("comments:", comments, "| keys at line start:", len(re.findall(r"^\w+", NEW, re.M)))
