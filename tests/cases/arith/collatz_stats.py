# Collatz sequence statistics
def collatz_len(n):
    steps = 0
    peak = n
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        peak = max(peak, n)
        steps += 1
    return steps, peak

best = (0, 0)
for start in range(1, 1000):
    steps, _ = collatz_len(start)
    if steps > best[1]:
        best = (start, steps)
print("longest under 1000:", best)
for n in [1, 7, 27, 97, 871]:
    s, p = collatz_len(n)
    print(f"n={n} steps={s} peak={p}")
big = 2 ** 100 - 1
s, p = collatz_len(big)
print("big steps:", s)
print("big peak bits:", p.bit_length())
