deps = {
    "app": ["lib", "utils", "config"],
    "lib": ["utils", "core"],
    "utils": ["core"],
    "config": [],
    "core": [],
    "tests": ["app", "mock"],
    "mock": ["core"],
}

def kahn(graph):
    indeg = {n: 0 for n in graph}
    users = {n: [] for n in graph}
    for n, ds in graph.items():
        for d in ds:
            indeg[n] += 1
            users[d].append(n)
    ready = sorted(n for n, k in indeg.items() if k == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for u in users[n]:
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
                ready.sort()
    if len(order) != len(graph):
        stuck = sorted(n for n in graph if n not in order)
        raise ValueError("cycle detected among: " + ", ".join(stuck))
    return order

def dfs_topo(graph):
    state = {}
    order = []
    def visit(n, trail):
        if state.get(n) == "done":
            return
        if state.get(n) == "active":
            raise ValueError("cycle: " + " -> ".join(trail + [n]))
        state[n] = "active"
        for d in sorted(graph[n]):
            visit(d, trail + [n])
        state[n] = "done"
        order.append(n)
    for n in sorted(graph):
        visit(n, [])
    return order

print("kahn:", kahn(deps))
print("dfs: ", dfs_topo(deps))
levels = {}
for n in dfs_topo(deps):
    levels[n] = 1 + max((levels[d] for d in deps[n]), default=-1)
for lvl in range(max(levels.values()) + 1):
    print(f"level {lvl}:", sorted(n for n, l in levels.items() if l == lvl))

cyclic = dict(deps)
cyclic["core"] = ["tests"]
for fn in (kahn, dfs_topo):
    try:
        fn(cyclic)
    except ValueError as e:
        print(fn.__name__, "->", e)
courses = {"calc2": ["calc1"], "calc1": ["algebra"], "algebra": [], "physics": ["calc1"], "stats": ["algebra"]}
print(kahn(courses))
