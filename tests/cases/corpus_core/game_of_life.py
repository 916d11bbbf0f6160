def parse(pattern):
    return {(r, c) for r, line in enumerate(pattern.strip().splitlines())
            for c, ch in enumerate(line) if ch == "#"}

def step(live):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = (r + dr, c + dc)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}

def render(live, rows, cols):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(cols)) for r in range(rows))

glider = parse("""
.#...
..#..
###..
""")
state = glider
for gen in range(5):
    print(f"gen {gen}: {len(state)} cells, bbox {min(r for r, _ in state)},{min(c for _, c in state)}")
    print(render(state, 6, 6))
    state = step(state)

blinker = parse("###")
b1 = step(blinker)
print(sorted(b1), step(b1) == blinker)
block = parse("##\n##")
print("block stable:", step(block) == block)

r_pent = parse("""
.##
##.
.#.
""")
s = r_pent
history = []
for g in range(30):
    history.append(len(s))
    s = step(s)
print("r-pentomino populations:", history)
shifted = {(r + 1, c + 1) for r, c in glider}
g4 = glider
for _ in range(4):
    g4 = step(g4)
print("glider moved diagonally:", g4 == shifted)
