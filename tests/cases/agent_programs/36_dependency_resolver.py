"""Package dependency resolver with version constraints; ends with an unresolvable cycle."""
from dataclasses import dataclass, field
from typing import Dict, List, NamedTuple, Optional, Tuple

class ResolutionError(Exception):
    pass

class VersionConflict(ResolutionError):
    pass

class DependencyCycle(ResolutionError):
    def __init__(self, chain: List[str]):
        super().__init__("dependency cycle: " + " -> ".join(chain))
        self.chain = chain

class Version(NamedTuple):
    major: int
    minor: int
    patch: int

    @classmethod
    def parse(cls, s: str) -> "Version":
        parts = [int(p) for p in s.split(".")]
        return cls(*(parts + [0] * (3 - len(parts))))

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"

@dataclass(frozen=True)
class Constraint:
    op: str
    version: Version

    @classmethod
    def parse(cls, text: str) -> "Constraint":
        for op in (">=", "<=", "==", "^", ">", "<"):
            if text.startswith(op):
                return cls(op, Version.parse(text[len(op):]))
        return cls("==", Version.parse(text))

    def allows(self, v: Version) -> bool:
        match self.op:
            case ">=": return v >= self.version
            case "<=": return v <= self.version
            case ">": return v > self.version
            case "<": return v < self.version
            case "==": return v == self.version
            case "^": return v.major == self.version.major and v >= self.version
        raise ValueError(self.op)

REGISTRY: Dict[str, Dict[str, Dict[str, str]]] = {
    "app": {"1.0.0": {"web": "^2.0", "db": ">=1.2"}},
    "web": {"2.0.0": {"http": "^1.0"}, "2.3.1": {"http": "^1.4", "template": ">=0.9"}, "3.0.0": {"http": "^2.0"}},
    "http": {"1.3.0": {}, "1.5.2": {}, "2.0.0": {}},
    "template": {"0.9.0": {}, "1.1.0": {"http": "<1.5"}},
    "db": {"1.1.0": {}, "1.4.0": {"pool": "^0.3"}},
    "pool": {"0.3.2": {}, "0.4.0": {}},
}

class Resolver:
    def __init__(self, registry: Dict[str, Dict[str, Dict[str, str]]]):
        self.registry = registry
        self.log: List[str] = []

    def candidates(self, name: str, constraint: Constraint) -> List[Version]:
        if name not in self.registry:
            raise ResolutionError(f"unknown package {name!r}")
        versions = sorted((Version.parse(v) for v in self.registry[name]), reverse=True)
        return [v for v in versions if constraint.allows(v)]

    def resolve(self, root: str, spec: str = ">=0") -> Dict[str, Version]:
        chosen: Dict[str, Version] = {}
        self._visit(root, Constraint.parse(spec), chosen, [])
        return chosen

    def _visit(self, name: str, c: Constraint, chosen: Dict[str, Version], stack: List[str]) -> None:
        if name in stack:
            raise DependencyCycle(stack[stack.index(name):] + [name])
        if name in chosen:
            if not c.allows(chosen[name]):
                raise VersionConflict(f"{name} {chosen[name]} already chosen, but {stack[-1]} needs {c.op}{c.version}")
            return
        options = self.candidates(name, c)
        for v in options:
            deps = self.registry[name][str(v)]
            trial = dict(chosen)
            trial[name] = v
            try:
                for dep, dspec in deps.items():
                    self._visit(dep, Constraint.parse(dspec), trial, stack + [name])
            except VersionConflict as exc:
                self.log.append(f"backtrack {name} {v}: {exc}")
                continue
            chosen.update(trial)
            return
        raise VersionConflict(f"no version of {name} satisfies {c.op}{c.version}")

r = Resolver(REGISTRY)
print("candidates web ^2.0:", [str(v) for v in r.candidates("web", Constraint.parse("^2.0"))])
print("sorted versions:", sorted(map(Version.parse, ["1.10", "1.2.3", "1.9.9", "0.1"])))
solution = r.resolve("app")
for name, v in sorted(solution.items()):
    print(f"  {name:<9} {v}")
print("backtracking log:")
for line in r.log:
    print("  ", line)
for pkg, spec in [("web", ">=3"), ("db", "==1.2"), ("nope", ">=0")]:
    try:
        print(pkg, spec, "->", {k: str(v) for k, v in Resolver(REGISTRY).resolve(pkg, spec).items()})
    except ResolutionError as exc:
        print(f"{pkg} {spec} -> {type(exc).__name__}: {exc}")

for ver in REGISTRY["pool"]:
    REGISTRY["pool"][ver] = {"db": ">=1.0"}
print("introducing pool -> db dependency and resolving again...")
Resolver(REGISTRY).resolve("app")
