from collections import deque, defaultdict
from typing import Dict, List, Optional, Set, Tuple


class Graph:
    def __init__(self, directed: bool = False):
        self.adj: Dict[str, Dict[str, int]] = defaultdict(dict)
        self.directed = directed

    def add_edge(self, a: str, b: str, w: int = 1) -> "Graph":
        self.adj[a][b] = w
        if not self.directed:
            self.adj[b][a] = w
        else:
            self.adj[b]
        return self

    def __len__(self):
        return len(self.adj)

    def __contains__(self, node):
        return node in self.adj

    def __iter__(self):
        return iter(sorted(self.adj))

    def neighbors(self, n):
        return sorted(self.adj[n])

    def bfs(self, start: str) -> List[str]:
        seen = {start}
        order = []
        q = deque([start])
        while q:
            cur = q.popleft()
            order.append(cur)
            for nb in self.neighbors(cur):
                if nb not in seen:
                    seen.add(nb)
                    q.append(nb)
        return order

    def dfs(self, start: str, seen: Optional[Set[str]] = None):
        if seen is None:
            seen = set()
        seen.add(start)
        yield start
        for nb in self.neighbors(start):
            if nb not in seen:
                yield from self.dfs(nb, seen)

    def shortest(self, src: str, dst: str) -> Tuple[int, List[str]]:
        dist = {src: 0}
        prev = {}
        frontier = [(0, src)]
        while frontier:
            frontier.sort()
            d, cur = frontier.pop(0)
            if cur == dst:
                break
            if d > dist.get(cur, 10**9):
                continue
            for nb, w in sorted(self.adj[cur].items()):
                nd = d + w
                if nd < dist.get(nb, 10**9):
                    dist[nb] = nd
                    prev[nb] = cur
                    frontier.append((nd, nb))
        if dst not in dist:
            return -1, []
        path = [dst]
        while path[-1] != src:
            path.append(prev[path[-1]])
        return dist[dst], path[::-1]

    def components(self) -> List[List[str]]:
        seen: Set[str] = set()
        comps = []
        for n in self:
            if n not in seen:
                comp = sorted(self.dfs(n, seen))
                comps.append(comp)
        return comps


g = Graph()
edges = [("A", "B", 4), ("A", "C", 1), ("C", "B", 2), ("B", "D", 5),
         ("C", "D", 8), ("D", "E", 3), ("F", "G", 1), ("E", "H", 2), ("B", "H", 9)]
for a, b, w in edges:
    g.add_edge(a, b, w)

print("nodes:", list(g), "count:", len(g))
print("bfs from A:", g.bfs("A"))
print("dfs from A:", list(g.dfs("A")))
for src, dst in [("A", "H"), ("A", "E"), ("F", "G"), ("A", "G"), ("H", "C")]:
    d, p = g.shortest(src, dst)
    label = "->".join(p) if p else "unreachable"
    print(f"  {src}..{dst}: cost={d:>3} path={label}")
print("components:", g.components())
print("'Z' in g:", "Z" in g, "'E' in g:", "E" in g)
degree = {n: len(g.adj[n]) for n in g}
print("degrees:", degree)
hubs = [n for n, d in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))][:3]
print("hubs:", hubs)

dg = Graph(directed=True)
for a, b in [("x", "y"), ("y", "z"), ("z", "x"), ("z", "w")]:
    dg.add_edge(a, b)
print("directed bfs x:", dg.bfs("x"), "from w:", dg.bfs("w"))
total_weight = sum(w for _, _, w in edges)
print(f"total weight {total_weight}, avg {total_weight / len(edges):.3f}")
