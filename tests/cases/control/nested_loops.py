for i in range(1, 4):
    row = []
    for j in range(1, 4):
        row.append(i * j)
    print("row", i, row)

found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print("first pair with product 6:", found)

for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > i + 1:
            break
        print(f"({i},{j})", end=" ")
print()

triangle = []
for n in range(5):
    line = [1]
    for k in range(1, n + 1):
        line.append(line[-1] * (n - k + 1) // k)
    triangle.append(line)
for line in triangle:
    print(" ".join(str(v) for v in line).center(20).rstrip())

count = 0
for a in range(1, 20):
    for b in range(a, 20):
        for c in range(b, 20):
            if a * a + b * b == c * c:
                print("triple:", a, b, c)
                count += 1
print("triples found:", count)
