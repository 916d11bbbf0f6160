parent = {}
rank = {}

def find(x):
    parent.setdefault(x, x)
    rank.setdefault(x, 0)
    root = x
    while parent[root] != root:
        root = parent[root]
    while parent[x] != root:
        parent[x], x = root, parent[x]
    return root

def union(a, b):
    ra, rb = find(a), find(b)
    if ra == rb:
        return False
    if rank[ra] < rank[rb]:
        ra, rb = rb, ra
    parent[rb] = ra
    if rank[ra] == rank[rb]:
        rank[ra] += 1
    return True

friendships = [("ann", "bob"), ("bob", "cat"), ("dan", "eve"), ("fay", "fay"),
               ("cat", "ann"), ("gus", "dan"), ("hal", "ivy"), ("eve", "gus")]
for a, b in friendships:
    merged = union(a, b)
    print(f"union({a}, {b}) -> {'merged' if merged else 'already joined'}")

groups = {}
for person in sorted(parent):
    groups.setdefault(find(person), []).append(person)
circles = sorted(groups.values(), key=lambda g: (-len(g), g))
print("circles:", circles)
print("connected ann-cat:", find("ann") == find("cat"), "ann-dan:", find("ann") == find("dan"))

edges = [(4, "a", "b"), (8, "a", "h"), (11, "b", "h"), (8, "b", "c"), (7, "h", "i"), (1, "h", "g"),
         (6, "i", "g"), (2, "c", "i"), (4, "c", "f"), (7, "c", "d"), (2, "g", "f"), (14, "d", "f"),
         (9, "d", "e"), (10, "e", "f")]
parent.clear()
rank.clear()
mst = []
for w, u, v in sorted(edges):
    if union(u, v):
        mst.append((u, v, w))
print("MST edges:", mst)
print("MST weight:", sum(w for _, _, w in mst), "edges:", len(mst))
