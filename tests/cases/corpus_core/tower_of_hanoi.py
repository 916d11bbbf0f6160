moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)

hanoi(3, "A", "C", "B")
for i, (disk, s, d) in enumerate(moves, 1):
    print(f"{i:>2}: move disk {disk} {s} -> {d}")

pegs = {"A": [4, 3, 2, 1], "B": [], "C": []}
def show():
    return "  ".join(f"{k}:{v}" for k, v in pegs.items())

moves.clear()
hanoi(4, "A", "C", "B")
print("start", show())
for step, (disk, s, d) in enumerate(moves, 1):
    top = pegs[s].pop()
    if top != disk:
        raise RuntimeError("wrong disk")
    if pegs[d] and pegs[d][-1] < top:
        raise RuntimeError("illegal move")
    pegs[d].append(top)
    if step % 5 == 0 or step == len(moves):
        print(f"step {step:>2}", show())
print("moves for 4:", len(moves))
print([2 ** n - 1 for n in range(1, 11)])

def count_moves(n):
    return 0 if n == 0 else 2 * count_moves(n - 1) + 1
print(count_moves(20), count_moves(64))
disk_moves = {}
for disk, _, _ in moves:
    disk_moves[disk] = disk_moves.get(disk, 0) + 1
print("per disk:", dict(sorted(disk_moves.items())))
