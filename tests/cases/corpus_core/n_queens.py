def solve(n):
    solutions = []
    cols = [-1] * n
    used_cols, diag1, diag2 = set(), set(), set()

    def place(row):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if c in used_cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols[row] = c
            used_cols.add(c); diag1.add(row - c); diag2.add(row + c)
            place(row + 1)
            used_cols.discard(c); diag1.discard(row - c); diag2.discard(row + c)

    place(0)
    return solutions

def board(sol):
    n = len(sol)
    return "\n".join("".join("Q" if sol[r] == c else "." for c in range(n)) for r in range(n))

for n in range(1, 9):
    sols = solve(n)
    print(f"n={n}: {len(sols)} solutions")

six = solve(6)
for s in six:
    print(s)
print(board(six[0]))
print()
first8 = solve(8)[0]
print(board(first8))

def is_valid(sol):
    for i in range(len(sol)):
        for j in range(i + 1, len(sol)):
            if sol[i] == sol[j] or abs(sol[i] - sol[j]) == j - i:
                return False
    return True
print("all 8-queen solutions valid:", all(is_valid(s) for s in solve(8)))
print("symmetric:", sum(1 for s in solve(8) if s[::-1] in solve(8)))
