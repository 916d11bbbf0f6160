data = [5, 12, 7, 3, 14, 9, 20]
out1 = []
for x in data:
    if x > 6:
        out1.append(x * 2)
out2 = [x * 2 for x in data if x > 6]
print("loop:", out1)
print("comp:", out2)
print("same:", out1 == out2)
pairs_loop = []
for i in range(3):
    for j in range(3):
        if i != j:
            pairs_loop.append((i, j))
pairs_comp = [(i, j) for i in range(3) for j in range(3) if i != j]
print("pairs equal:", pairs_loop == pairs_comp, len(pairs_comp))
d_loop = {}
for w in ["aa", "b", "aa", "ccc"]:
    d_loop[w] = len(w)
d_comp = {w: len(w) for w in ["aa", "b", "aa", "ccc"]}
print("dicts:", d_loop, d_comp, d_loop == d_comp)
running = []
total = 0
for x in data:
    total += x
    running.append(total)
print("running sums:", running)
print("running via comp:", [sum(data[:i + 1]) for i in range(len(data))])
print("pairwise diffs:", [b - a for a, b in zip(data, data[1:])])
print("windows of 3:", [data[i:i + 3] for i in range(len(data) - 2)])
print("chunks of 3:", [data[i:i + 3] for i in range(0, len(data), 3)])
