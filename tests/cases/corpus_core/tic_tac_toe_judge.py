LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

def winner(board):
    for a, b, c in LINES:
        if board[a] != "." and board[a] == board[b] == board[c]:
            return board[a]
    return None

def validate(board):
    xs, os = board.count("X"), board.count("O")
    if len(board) != 9 or set(board) - set("XO."):
        return "malformed"
    if not (xs == os or xs == os + 1):
        return "bad counts"
    w = winner(board)
    if w == "X" and xs != os + 1:
        return "X won but O moved after"
    if w == "O" and xs != os:
        return "O won but X moved after"
    if w:
        return f"{w} wins"
    return "draw" if "." not in board else "in progress"

def show(board):
    return "\n".join(" ".join(board[i:i + 3]) for i in (0, 3, 6))

boards = ["XXXOO....", "XOXOXOOXO", "XO.XO.X..", "OOO.XX.X.", "XXXOOO...", "X........", "XOXXOOOXX", "XX", "XOXOXOXOQ"]
for b in boards:
    print(b, "->", validate(b))
print(show(boards[2]))

memo = {}
def minimax(board, player):
    key = (board, player)
    if key in memo:
        return memo[key]
    w = winner(board)
    if w:
        return 1 if w == "X" else -1
    if "." not in board:
        return 0
    scores = []
    for i, ch in enumerate(board):
        if ch == ".":
            nb = board[:i] + player + board[i + 1:]
            scores.append(minimax(nb, "O" if player == "X" else "X"))
    result = max(scores) if player == "X" else min(scores)
    memo[key] = result
    return result

print("empty board value:", minimax("." * 9, "X"))
print("positions explored:", len(memo))
b = "XO.......".replace(".", ".", 1)
moves = [(i, minimax(b[:i] + "X" + b[i + 1:], "O")) for i in range(9) if b[i] == "."]
print("X's options after XO:", moves)
