graph = {
    "A": ["B", "C"],
    "B": ["A", "D", "E"],
    "C": ["A", "F"],
    "D": ["B"],
    "E": ["B", "F"],
    "F": ["C", "E", "G"],
    "G": ["F"],
    "H": ["I"],
    "I": ["H"],
}

def bfs(start):
    order = [start]
    dist = {start: 0}
    parent = {start: None}
    queue = [start]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        for nb in graph[node]:
            if nb not in dist:
                dist[nb] = dist[node] + 1
                parent[nb] = node
                queue.append(nb)
                order.append(nb)
    return order, dist, parent

def path_to(parent, target):
    if target not in parent:
        return None
    path = []
    while target is not None:
        path.append(target)
        target = parent[target]
    return path[::-1]

def dfs_recursive(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nb in graph[node]:
        if nb not in seen:
            dfs_recursive(nb, seen)
    return seen

def dfs_stack(start):
    seen = []
    stack = [start]
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.append(node)
        for nb in reversed(graph[node]):
            if nb not in seen:
                stack.append(nb)
    return seen

order, dist, parent = bfs("A")
print("bfs order:", order)
print("distances:", dist)
for t in ["G", "D", "H"]:
    print(f"path A->{t}:", path_to(parent, t))
print("dfs recursive:", dfs_recursive("A"))
print("dfs stack:    ", dfs_stack("A"))

components = []
visited = set()
for node in graph:
    if node not in visited:
        comp = dfs_stack(node)
        visited.update(comp)
        components.append(sorted(comp))
print("components:", components)
edges = sorted({tuple(sorted((a, b))) for a in graph for b in graph[a]})
print("edges:", len(edges), edges)
degree = {n: len(nbs) for n, nbs in graph.items()}
print("max degree:", max(degree.items(), key=lambda kv: kv[1]))
