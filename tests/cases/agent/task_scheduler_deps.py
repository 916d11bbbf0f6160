tasks = {
    "deploy": ["build", "test"],
    "build": ["fetch", "configure"],
    "test": ["build"],
    "configure": ["fetch"],
    "fetch": [],
    "docs": ["configure"],
    "notify": ["deploy", "docs"],
}
durations = {"fetch": 3, "configure": 2, "build": 5, "test": 4, "deploy": 1, "docs": 2, "notify": 1}

def topo_order(graph):
    order = []
    state = {}
    def visit(n, trail):
        if state.get(n) == "done":
            return
        if state.get(n) == "active":
            raise ValueError("cycle: " + " -> ".join(trail + [n]))
        state[n] = "active"
        for dep in graph[n]:
            visit(dep, trail + [n])
        state[n] = "done"
        order.append(n)
    for n in sorted(graph):
        visit(n, [])
    return order

order = topo_order(tasks)
print("order:", order)
finish = {}
for t in order:
    start = max((finish[d] for d in tasks[t]), default=0)
    finish[t] = start + durations[t]
    print(f"  {t:<10} start={start:>2} end={finish[t]:>2} deps={tasks[t]}")
print("makespan:", max(finish.values()))
crit = []
cur = max(finish, key=finish.get)
while cur:
    crit.append(cur)
    deps = tasks[cur]
    cur = max(deps, key=lambda d: finish[d]) if deps else None
print("critical path:", " <- ".join(crit))
dependents = {t: [] for t in tasks}
for t, deps in tasks.items():
    for d in deps:
        dependents[d].append(t)
print("dependents:", {k: sorted(v) for k, v in dependents.items()})
cyclic = dict(tasks)
cyclic["fetch"] = ["notify"]
try:
    topo_order(cyclic)
except ValueError as e:
    print("error:", e)
