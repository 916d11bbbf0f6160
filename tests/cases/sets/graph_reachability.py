graph = {
    0: [1, 2],
    1: [3],
    2: [3, 4],
    3: [5],
    4: [],
    5: [1],
    6: [7],
    7: [],
}
def reachable(start):
    seen = set()
    stack = [start]
    while stack:
        n = stack.pop()
        if n in seen:
            continue
        seen.add(n)
        stack.extend(graph[n])
    return seen
for s in [0, 3, 4, 6]:
    print("reachable from", s, ":", sorted(reachable(s)))
all_nodes = set(graph)
targets = {t for ts in graph.values() for t in ts}
print("roots:", sorted(all_nodes - targets))
print("leaves:", sorted(n for n in graph if not graph[n]))
r0 = reachable(0)
r6 = reachable(6)
print("disjoint components:", r0.isdisjoint(r6))
print("unreachable from 0:", sorted(all_nodes - r0))
def components():
    left = set(graph)
    comps = []
    undirected = {n: set() for n in graph}
    for a, bs in graph.items():
        for b in bs:
            undirected[a].add(b)
            undirected[b].add(a)
    while left:
        start = min(left)
        comp = set()
        todo = [start]
        while todo:
            n = todo.pop()
            if n not in comp:
                comp.add(n)
                todo.extend(undirected[n] - comp)
        comps.append(sorted(comp))
        left -= comp
    return comps
print("components:", components())
