"""Shortest paths on a weighted graph: Dijkstra with a hand-rolled binary heap, plus BFS."""
from collections import defaultdict, deque
from typing import Dict, Generic, List, Optional, Tuple, TypeVar

T = TypeVar("T")

class MinHeap(Generic[T]):
    def __init__(self) -> None:
        self._data: List[Tuple[float, int, T]] = []
        self._counter = 0

    def push(self, priority: float, item: T) -> None:
        self._data.append((priority, self._counter, item))
        self._counter += 1
        i = len(self._data) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self._data[i] < self._data[parent]:
                self._data[i], self._data[parent] = self._data[parent], self._data[i]
                i = parent
            else:
                break

    def pop(self) -> Tuple[float, T]:
        top = self._data[0]
        last = self._data.pop()
        if self._data:
            self._data[0] = last
            i = 0
            n = len(self._data)
            while True:
                l, r, smallest = 2 * i + 1, 2 * i + 2, i
                if l < n and self._data[l] < self._data[smallest]:
                    smallest = l
                if r < n and self._data[r] < self._data[smallest]:
                    smallest = r
                if smallest == i:
                    break
                self._data[i], self._data[smallest] = self._data[smallest], self._data[i]
                i = smallest
        return top[0], top[2]

    def __bool__(self) -> bool:
        return bool(self._data)

class Graph:
    def __init__(self, directed: bool = False) -> None:
        self.adj: Dict[str, List[Tuple[str, float]]] = defaultdict(list)
        self.directed = directed

    def add_edge(self, u: str, v: str, w: float = 1.0) -> "Graph":
        self.adj[u].append((v, w))
        if not self.directed:
            self.adj[v].append((u, w))
        return self

    def dijkstra(self, source: str) -> Tuple[Dict[str, float], Dict[str, Optional[str]]]:
        dist: Dict[str, float] = {source: 0.0}
        prev: Dict[str, Optional[str]] = {source: None}
        heap: MinHeap[str] = MinHeap()
        heap.push(0.0, source)
        visited = []
        while heap:
            d, node = heap.pop()
            if d > dist.get(node, float("inf")):
                continue
            visited.append(node)
            for nbr, w in self.adj[node]:
                nd = d + w
                if nd < dist.get(nbr, float("inf")):
                    dist[nbr] = nd
                    prev[nbr] = node
                    heap.push(nd, nbr)
        print(f"  visit order from {source}: {' '.join(visited)}")
        return dist, prev

    @staticmethod
    def path_to(prev: Dict[str, Optional[str]], target: str) -> List[str]:
        if target not in prev:
            return []
        path = []
        cur: Optional[str] = target
        while cur is not None:
            path.append(cur)
            cur = prev[cur]
        return path[::-1]

    def bfs_hops(self, source: str) -> Dict[str, int]:
        hops = {source: 0}
        queue = deque([source])
        while queue:
            node = queue.popleft()
            for nbr, _ in self.adj[node]:
                if nbr not in hops:
                    hops[nbr] = hops[node] + 1
                    queue.append(nbr)
        return hops

g = Graph()
for u, v, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10),
                ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("E", "F", 9), ("G", "H", 1)]:
    g.add_edge(u, v, w)

dist, prev = g.dijkstra("A")
for node in sorted(g.adj):
    path = Graph.path_to(prev, node)
    if path:
        print(f"  A -> {node}: cost {dist[node]:>5.1f} via {'->'.join(path)}")
    else:
        print(f"  A -> {node}: unreachable")
hops = g.bfs_hops("A")
print("hop counts:", dict(sorted(hops.items())), "| farthest:", max(hops, key=lambda n: (hops[n], n)))

dg = Graph(directed=True).add_edge("s", "a", 1).add_edge("a", "b", 1).add_edge("s", "b", 5).add_edge("b", "s", 1)
d2, p2 = dg.dijkstra("b")
print({k: v for k, v in sorted(d2.items())}, Graph.path_to(p2, "a"))
h: MinHeap[str] = MinHeap()
for pr, item in [(5, "e"), (1, "a"), (3, "c"), (1, "a2"), (4, "d")]:
    h.push(pr, item)
print("heap drain:", [h.pop() for _ in range(5)])
