"""Build-system style task graph: topological order, levels, and critical path."""
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Dict, List, Set


class CycleError(Exception):
    def __init__(self, nodes: List[str]):
        super().__init__("cycle among: " + ", ".join(sorted(nodes)))
        self.nodes = nodes


@dataclass
class Target:
    name: str
    cost: int
    deps: List[str] = field(default_factory=list)


class BuildGraph:
    def __init__(self) -> None:
        self.targets: Dict[str, Target] = {}

    def add(self, name: str, cost: int, *deps: str) -> "BuildGraph":
        self.targets[name] = Target(name, cost, list(deps))
        return self

    def __contains__(self, name: str) -> bool:
        return name in self.targets

    def dependents(self) -> Dict[str, List[str]]:
        out: Dict[str, List[str]] = defaultdict(list)
        for t in self.targets.values():
            for d in t.deps:
                out[d].append(t.name)
        return out

    def order(self) -> List[str]:
        indeg = {n: len(t.deps) for n, t in self.targets.items()}
        missing = [d for t in self.targets.values() for d in t.deps if d not in self]
        if missing:
            raise KeyError(f"unknown dependency: {missing[0]}")
        queue = deque(sorted(n for n, d in indeg.items() if d == 0))
        result = []
        rev = self.dependents()
        while queue:
            n = queue.popleft()
            result.append(n)
            for m in sorted(rev[n]):
                indeg[m] -= 1
                if indeg[m] == 0:
                    queue.append(m)
        if len(result) != len(self.targets):
            raise CycleError([n for n, d in indeg.items() if d > 0])
        return result

    def levels(self) -> Dict[int, List[str]]:
        level: Dict[str, int] = {}
        for n in self.order():
            level[n] = 1 + max((level[d] for d in self.targets[n].deps), default=-1)
        grouped: Dict[int, List[str]] = defaultdict(list)
        for n, lv in level.items():
            grouped[lv].append(n)
        return dict(grouped)

    def critical_path(self) -> tuple:
        finish: Dict[str, int] = {}
        via: Dict[str, str] = {}
        for n in self.order():
            t = self.targets[n]
            best = max(t.deps, key=lambda d: finish[d], default=None)
            finish[n] = t.cost + (finish[best] if best else 0)
            if best:
                via[n] = best
        end = max(finish, key=finish.get)
        path = [end]
        while path[-1] in via:
            path.append(via[path[-1]])
        return finish[end], path[::-1]


g = (BuildGraph()
     .add("fetch", 2).add("configure", 1, "fetch").add("codegen", 3, "configure")
     .add("lib_a", 4, "configure").add("lib_b", 6, "codegen")
     .add("app", 2, "lib_a", "lib_b").add("tests", 5, "app")
     .add("docs", 1, "configure").add("package", 1, "app", "docs"))
print("order:", " -> ".join(g.order()))
for lv, names in sorted(g.levels().items()):
    print(f"  level {lv}: {', '.join(names)}")
total, path = g.critical_path()
print(f"critical path ({total} units): {' > '.join(path)}")
print("dependents of configure:", sorted(g.dependents()["configure"]))

g.add("fetch", 2, "package")
try:
    g.order()
except CycleError as exc:
    print("CycleError:", exc, "| count:", len(exc.nodes))
g.add("fetch", 2, "network")
try:
    g.order()
except KeyError as exc:
    print("KeyError:", exc.args[0])
visited: Set[str] = set()
def dfs(n: str, depth: int = 0) -> None:
    if n in visited or n not in g:
        return
    visited.add(n)
    print("  " * depth + n)
    for d in g.targets[n].deps:
        dfs(d, depth + 1)
g.add("fetch", 2)
dfs("package")
