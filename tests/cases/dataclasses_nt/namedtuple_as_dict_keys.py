from collections import namedtuple

Cell = namedtuple("Cell", "row col")

board = {}
for r in range(3):
    for c in range(3):
        board[Cell(r, c)] = "."
board[Cell(1, 1)] = "X"
board[Cell(0, 2)] = "O"
for r in range(3):
    print("".join(board[Cell(r, c)] for c in range(3)))

print(board[(1, 1)])
print(Cell(0, 2) in board, (2, 2) in board, Cell(5, 5) in board)


def neighbors(cell):
    for dr, dc in [(-1, 0), (1, 0), (0, -1), (0, 1)]:
        n = Cell(cell.row + dr, cell.col + dc)
        if n in board:
            yield n


print(list(neighbors(Cell(0, 0))))
print(len(list(neighbors(Cell(1, 1)))))

counts = {}
Pair = namedtuple("Pair", ["a", "b"])
for a, b in [(1, 2), (2, 1), (1, 2), (3, 3)]:
    key = Pair(min(a, b), max(a, b))
    counts[key] = counts.get(key, 0) + 1
for k in sorted(counts):
    print(k, counts[k])
print(len({Pair(1, 2), (1, 2), Pair(b=2, a=1)}))
