roads = {
    "home": {"cafe": 4, "park": 2},
    "park": {"cafe": 1, "library": 7, "home": 2},
    "cafe": {"office": 5, "library": 3},
    "library": {"office": 1, "gym": 6},
    "office": {"gym": 2},
    "gym": {},
    "island": {"home": 1},
}

def pq_push(pq, item):
    pq.append(item)
    i = len(pq) - 1
    while i > 0 and pq[i - 1] > pq[i]:
        pq[i - 1], pq[i] = pq[i], pq[i - 1]
        i -= 1

def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    pq = [(0, source)]
    pops = 0
    while pq:
        d, node = pq.pop(0)
        pops += 1
        if d > dist.get(node, float("inf")):
            continue
        for nb, w in graph[node].items():
            nd = d + w
            if nd < dist.get(nb, float("inf")):
                dist[nb] = nd
                prev[nb] = node
                pq_push(pq, (nd, nb))
    return dist, prev, pops

def route(prev, source, target):
    if target != source and target not in prev:
        return []
    path = [target]
    while path[-1] != source:
        path.append(prev[path[-1]])
    return path[::-1]

dist, prev, pops = dijkstra(roads, "home")
print("pops:", pops)
for node in sorted(roads):
    d = dist.get(node, float("inf"))
    r = route(prev, "home", node)
    print(f"{node:>8}: {d!s:>4} via {' -> '.join(r) if r else 'unreachable'}")
print("prev:", dict(sorted(prev.items())))
d2, p2, _ = dijkstra(roads, "library")
print("from library:", d2)
print(float("inf") > 10 ** 100, -float("inf") < -10 ** 100, float("inf") + 1)
grid = ["S.#.", "..#.", "...E"]
g = {}
for r, row in enumerate(grid):
    for c, ch in enumerate(row):
        if ch != "#":
            g[(r, c)] = {}
            for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                nr, nc = r + dr, c + dc
                if 0 <= nr < len(grid) and 0 <= nc < len(row) and grid[nr][nc] != "#":
                    g[(r, c)][(nr, nc)] = 1
gd, gp, _ = dijkstra(g, (0, 0))
print("grid dist to E:", gd[(2, 3)], route(gp, (0, 0), (2, 3)))
