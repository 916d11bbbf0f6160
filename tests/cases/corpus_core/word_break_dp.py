DICT = {"apple", "pen", "applepen", "pine", "pineapple", "cats", "dog", "sand", "and", "cat", "a", "an"}

def can_break(s):
    ok = [True] + [False] * len(s)
    for i in range(1, len(s) + 1):
        for j in range(max(0, i - 10), i):
            if ok[j] and s[j:i] in DICT:
                ok[i] = True
                break
    return ok[-1]

def all_breaks(s, memo=None):
    if memo is None:
        memo = {}
    if s in memo:
        return memo[s]
    if not s:
        return [[]]
    results = []
    for end in range(1, len(s) + 1):
        word = s[:end]
        if word in DICT:
            for rest in all_breaks(s[end:], memo):
                results.append([word] + rest)
    memo[s] = results
    return results

for s in ["pineapplepenapple", "catsanddog", "catsandog", "applepenapple", "", "aaa"]:
    breaks = all_breaks(s)
    print(f"{s!r}: can={can_break(s)} ways={len(breaks)}")
    for b in sorted(breaks, key=lambda x: (len(x), x))[:4]:
        print("    " + " ".join(b))

def unique_paths(r, c, blocked=()):
    dp = [[0] * c for _ in range(r)]
    for i in range(r):
        for j in range(c):
            if (i, j) in blocked:
                continue
            if i == 0 and j == 0:
                dp[i][j] = 1
            else:
                dp[i][j] = (dp[i - 1][j] if i else 0) + (dp[i][j - 1] if j else 0)
    return dp[-1][-1]
print(unique_paths(3, 7), unique_paths(3, 3, {(1, 1)}), unique_paths(10, 10))
def climb(n, steps=(1, 2)):
    ways = [1] + [0] * n
    for i in range(1, n + 1):
        ways[i] = sum(ways[i - s] for s in steps if i - s >= 0)
    return ways[n]
print([climb(n) for n in range(10)], climb(30, (1, 2, 3)))
grid = [[1, 3, 1, 8], [1, 5, 1, 2], [4, 2, 1, 9]]
cost = [row[:] for row in grid]
for i in range(3):
    for j in range(4):
        if i or j:
            cost[i][j] += min(cost[i - 1][j] if i else float("inf"), cost[i][j - 1] if j else float("inf"))
print("min path sum:", cost[-1][-1], cost)
