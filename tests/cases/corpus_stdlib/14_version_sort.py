"""Sort semantic version strings including pre-releases with cmp_to_key."""
import re
from functools import cmp_to_key, total_ordering

VERSIONS = ["1.0.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-beta.2", "1.0.0-beta.11",
            "1.0.0-rc.1", "0.9.12", "1.10.0", "1.2.0", "2.0.0-beta", "1.2", "v1.0.1", "junk"]

SEMVER = re.compile(r"""
    ^v?(?P<major>0|[1-9]\d*)
    \.(?P<minor>0|[1-9]\d*)
    \.(?P<patch>0|[1-9]\d*)
    (?:-(?P<pre>[0-9A-Za-z.-]+))?$
""", re.VERBOSE)


def parse(v):
    m = SEMVER.match(v)
    if m is None:
        raise ValueError(f"not a semantic version: {v!r}")
    d = m.groupdict()
    core = (int(d["major"]), int(d["minor"]), int(d["patch"]))
    pre = d["pre"].split(".") if d["pre"] else []
    return core, pre


def cmp_ident(a, b):
    if a.isdigit() and b.isdigit():
        return (int(a) > int(b)) - (int(a) < int(b))
    if a.isdigit() != b.isdigit():
        return -1 if a.isdigit() else 1
    return (a > b) - (a < b)


def compare(v1, v2):
    (c1, p1), (c2, p2) = parse(v1), parse(v2)
    if c1 != c2:
        return -1 if c1 < c2 else 1
    if not p1 or not p2:
        return (not p1) - (not p2)
    for a, b in zip(p1, p2):
        r = cmp_ident(a, b)
        if r:
            return r
    return (len(p1) > len(p2)) - (len(p1) < len(p2))


valid = []
for v in VERSIONS:
    try:
        parse(v)
        valid.append(v)
    except ValueError as e:
        print("skip:", e)

ordered = sorted(valid, key=cmp_to_key(compare))
for i, v in enumerate(ordered, 1):
    print(f"{i:>2}. {v}")
print("latest:", max(valid, key=cmp_to_key(compare)))
print("latest stable:", max((v for v in valid if "-" not in v), key=cmp_to_key(compare)))


@total_ordering
class Version:
    def __init__(self, s):
        self.s = s

    def __eq__(self, other):
        return compare(self.s, other.s) == 0

    def __lt__(self, other):
        return compare(self.s, other.s) < 0


print("1.0.0-rc.1 < 1.0.0:", Version("1.0.0-rc.1") < Version("1.0.0"))
print("v1.0.1 >= 1.0.0:", Version("v1.0.1") >= Version("1.0.0"))
print("bumped:", re.sub(r"(\d+)\.(\d+)\.(\d+)", lambda m: f"{m[1]}.{int(m[2]) + 1}.0", "release 1.9.3 final"))
