"""Shortest paths on a small road network: BFS for hops, Dijkstra for distance."""
import heapq
from collections import defaultdict, deque
from typing import Dict, List, Optional, Tuple

ROADS = [
    ("Amsterdam", "Utrecht", 45), ("Amsterdam", "Haarlem", 20), ("Haarlem", "Leiden", 35),
    ("Leiden", "The Hague", 20), ("The Hague", "Rotterdam", 25), ("Utrecht", "Rotterdam", 60),
    ("Utrecht", "Arnhem", 65), ("Rotterdam", "Breda", 50), ("Breda", "Eindhoven", 60),
    ("Arnhem", "Eindhoven", 85), ("Groningen", "Assen", 30),
]

graph: Dict[str, Dict[str, int]] = defaultdict(dict)
for a, b, km in ROADS:
    graph[a][b] = km
    graph[b][a] = km


def bfs_hops(start: str, goal: str) -> Optional[List[str]]:
    prev = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = prev[node]
            return path[::-1]
        for nxt in sorted(graph[node]):
            if nxt not in prev:
                prev[nxt] = node
                queue.append(nxt)
    return None


def dijkstra(start: str) -> Tuple[Dict[str, int], Dict[str, str]]:
    dist = {start: 0}
    prev: Dict[str, str] = {}
    heap = [(0, start)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node].items():
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt], prev[nxt] = nd, node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev


print("cities:", len(graph), "roads:", len(ROADS))
for goal in ["Eindhoven", "The Hague", "Groningen"]:
    path = bfs_hops("Amsterdam", goal)
    print(f"fewest hops to {goal}: {' -> '.join(path) if path else 'unreachable'}")

dist, prev = dijkstra("Amsterdam")
for city in sorted(dist, key=lambda c: (dist[c], c)):
    route, node = [], city
    while node in prev:
        route.append(node)
        node = prev[node]
    print(f"  {city:<10} {dist[city]:>4} km  via {'/'.join(reversed(route[1:])) or '-'}")

unreachable = sorted(set(graph) - set(dist))
print("unreachable from Amsterdam:", unreachable)
degree = sorted(((len(v), k) for k, v in graph.items()), reverse=True)
print("hubs:", degree[:3])
try:
    print(graph["Maastricht"]["Eindhoven"])
except KeyError as e:
    print("lookup failed:", type(e).__name__, e)
print("defaultdict created empty entry:", "Maastricht" in graph, dict(graph["Maastricht"]))
