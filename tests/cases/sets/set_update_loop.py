visited = set()
frontier = {0}
steps = 0
while frontier and steps < 6:
    print(f"step {steps}: frontier={sorted(frontier)} visited={len(visited)}")
    visited |= frontier
    nxt = set()
    for n in frontier:
        for m in (n + 3, n * 2, n - 1):
            if 0 <= m <= 20 and m not in visited:
                nxt.add(m)
    frontier = nxt
    steps += 1
print("visited:", sorted(visited))
print("not visited:", sorted(set(range(21)) - visited))
s = set()
for i in range(10):
    if i % 2:
        s.add(i)
    else:
        s.discard(i - 1)
    print("i", i, "->", sorted(s))
