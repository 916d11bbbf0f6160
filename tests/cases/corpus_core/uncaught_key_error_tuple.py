grid_costs = {(0, 0): 1, (0, 1): 3, (1, 0): 2, (1, 1): 5, (2, 1): 4}

def neighbors(cell):
    r, c = cell
    return [(r + dr, c + dc) for dr, dc in ((0, 1), (1, 0)) if (r + dr, c + dc) in grid_costs]

def path_cost(path):
    total = 0
    for step in path:
        cost = grid_costs[step]
        total += cost
        print(f"  at {step} cost {cost} (running {total})")
    return total

print("cells:", sorted(grid_costs))
print("neighbors of (0, 0):", neighbors((0, 0)))
print("neighbors of (1, 1):", neighbors((1, 1)))
routes = {
    "east-first": [(0, 0), (0, 1), (1, 1)],
    "south-first": [(0, 0), (1, 0), (1, 1)],
    "long": [(0, 0), (1, 0), (2, 0), (2, 1)],
}
for name, route in routes.items():
    print(name)
    print("total:", path_cost(route))
