"""Brute-force small puzzles with itertools permutations and product."""
from itertools import permutations, product, combinations


def solve_cryptarithm(a: str, b: str, total: str):
    letters = sorted(set(a + b + total))
    leading = {a[0], b[0], total[0]}
    solutions = []
    for digits in permutations(range(10), len(letters)):
        mapping = dict(zip(letters, digits))
        if any(mapping[c] == 0 for c in leading):
            continue
        num = lambda w: int("".join(str(mapping[c]) for c in w))
        if num(a) + num(b) == num(total):
            solutions.append((num(a), num(b), num(total)))
    return solutions


for puzzle in [("TO", "GO", "OUT"), ("AB", "BA", "CC"), ("ODD", "ODD", "EVEN")]:
    sols = solve_cryptarithm(*puzzle)
    print(f"{puzzle[0]} + {puzzle[1]} = {puzzle[2]}: {len(sols)} solution(s)", sols[:3])

print("--- magic 3x3 squares ---")
count = 0
first = None
for rest in permutations([1, 2, 3, 4, 6, 7, 8, 9]):
    perm = rest[:4] + (5,) + rest[4:]
    rows = [perm[0:3], perm[3:6], perm[6:9]]
    if all(sum(r) == 15 for r in rows) and all(sum(c) == 15 for c in zip(*rows)):
        if perm[0] + perm[4] + perm[8] == 15 and perm[2] + perm[4] + perm[6] == 15:
            count += 1
            first = first or rows
print("magic squares found:", count)
for row in first:
    print("  ", row)

print("--- truth table for (a and b) or not c ---")
for a, b, c in product([False, True], repeat=3):
    print(f"  {int(a)} {int(b)} {int(c)} -> {int((a and b) or not c)}")

coins = [1, 5, 10, 25]
ways = [(q, d, n, p) for q, d, n, p in product(range(3), range(5), range(9), range(41))
        if q * 25 + d * 10 + n * 5 + p == 40]
print("ways to make 40 cents:", len(ways), "fewest coins:", min(ways, key=sum))
print("2-letter arrangements of ABC:", ["".join(p) for p in permutations("ABC", 2)])
print("pairs of coins:", list(combinations(coins, 2)))
print("count of 4-perms of 6:", sum(1 for _ in permutations(range(6), 4)))
