from dataclasses import dataclass, field
from typing import Dict, List, Tuple, Optional


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    @classmethod
    def parse(cls, s: str) -> "Version":
        parts = [int(p) for p in s.split(".")]
        return cls(*parts)

    def bump(self, part: str) -> "Version":
        match part:
            case "major":
                return Version(self.major + 1)
            case "minor":
                return Version(self.major, self.minor + 1)
            case "patch":
                return Version(self.major, self.minor, self.patch + 1)
            case _:
                raise ValueError(f"unknown part {part}")

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


class ResolutionError(Exception):
    def __init__(self, package: str, constraint: str, available: List[Version]):
        super().__init__(f"no version of {package} satisfies {constraint} (have {', '.join(map(str, available))})")
        self.package = package


def satisfies(v: Version, constraint: str) -> bool:
    for clause in constraint.split(","):
        clause = clause.strip()
        match clause[:2], clause[2:], clause[:1], clause[1:]:
            case (">=", rest, _, _):
                ok = v >= Version.parse(rest)
            case ("<=", rest, _, _):
                ok = v <= Version.parse(rest)
            case ("==", rest, _, _):
                ok = v == Version.parse(rest)
            case (_, _, "^", rest):
                base = Version.parse(rest)
                ok = base <= v < base.bump("major")
            case (_, _, "~", rest):
                base = Version.parse(rest)
                ok = base <= v < base.bump("minor")
            case (_, _, ">", rest):
                ok = v > Version.parse(rest)
            case (_, _, "<", rest):
                ok = v < Version.parse(rest)
            case _:
                raise ValueError(f"bad clause {clause!r}")
        if not ok:
            return False
    return True


INDEX: Dict[str, List[str]] = {
    "requests": ["2.25.0", "2.28.1", "2.31.0", "3.0.0"],
    "urllib3": ["1.26.5", "1.26.18", "2.0.7", "2.1.0"],
    "idna": ["2.10", "3.4", "3.6"],
    "certifi": ["2023.7.22", "2024.2.2"],
}
DEPS: Dict[Tuple[str, str], Dict[str, str]] = {
    ("requests", "2.31.0"): {"urllib3": ">=1.21.1,<3", "idna": ">=2.5,<4", "certifi": ">=2017.4.17"},
    ("requests", "2.28.1"): {"urllib3": "<1.27", "idna": "^2.11"},
}


def best(package: str, constraint: str) -> Version:
    versions = sorted(Version.parse(v) for v in INDEX[package])
    ok = [v for v in versions if satisfies(v, constraint)]
    if not ok:
        raise ResolutionError(package, constraint, versions)
    return max(ok)


def resolve(package: str, constraint: str, depth: int = 0, out: Optional[Dict[str, Version]] = None):
    out = {} if out is None else out
    v = best(package, constraint)
    out[package] = v
    print("  " * depth + f"{package} {constraint} -> {v}")
    for dep, c in DEPS.get((package, str(v)), {}).items():
        resolve(dep, c, depth + 1, out)
    return out


vs = [Version.parse(s) for s in ["1.2.3", "1.10.0", "1.2", "0.9.9", "2", "1.2.10"]]
print("sorted:", [str(v) for v in sorted(vs)])
print("max:", max(vs), "min:", min(vs), "bumps of 1.2.3:", [str(vs[0].bump(p)) for p in ("major", "minor", "patch")])
for c in ["^1.2.0", "~1.2.0", ">=1.2.5,<2", "==2.0.0", ">1.9"]:
    print(f"{c:<12}", [str(v) for v in sorted(vs) if satisfies(v, c)])
print("resolving requests <3:")
print({k: str(v) for k, v in resolve("requests", "<3").items()})
print("resolving requests ~2.28.0:")
try:
    resolve("requests", "~2.28.0")
except ResolutionError as e:
    print("failed:", e, "| package:", e.package)
for bad in ["%1.0", "1.x"]:
    try:
        satisfies(Version(1), bad)
    except ValueError as e:
        print("error:", e)
