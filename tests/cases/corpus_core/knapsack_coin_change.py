items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40),
         ("cheese", 23, 30), ("beer", 52, 10), ("suntan", 11, 70), ("camera", 32, 30)]
CAP = 300

def knapsack(items, cap):
    dp = [[0] * (cap + 1) for _ in range(len(items) + 1)]
    for i, (_, w, v) in enumerate(items, 1):
        for c in range(cap + 1):
            dp[i][c] = dp[i - 1][c]
            if w <= c and dp[i - 1][c - w] + v > dp[i][c]:
                dp[i][c] = dp[i - 1][c - w] + v
    chosen = []
    c = cap
    for i in range(len(items), 0, -1):
        if dp[i][c] != dp[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return dp[-1][cap], sorted(chosen)

value, chosen = knapsack(items, CAP)
print("best value:", value)
print("chosen:", chosen)
weight = sum(w for n, w, _ in items if n in chosen)
print("weight used:", weight, "of", CAP)
for cap in (0, 10, 50, 100, 200):
    print(cap, knapsack(items, cap))

def coin_change(coins, amount):
    INF = amount + 1
    best = [0] + [INF] * amount
    pick = [None] * (amount + 1)
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a] = best[a - c] + 1
                pick[a] = c
    if best[amount] == INF:
        return -1, []
    used = []
    a = amount
    while a:
        used.append(pick[a])
        a -= pick[a]
    return best[amount], sorted(used, reverse=True)

def count_ways(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]

for coins, amt in [([1, 5, 10, 25], 63), ([1, 3, 4], 6), ([2], 3), ([5, 10], 0), ([186, 419, 83, 408], 6249)]:
    print(f"coins={coins} amount={amt}: {coin_change(coins, amt)} ways={count_ways(coins, amt)}")
print("ways to make 200 in UK coins:", count_ways([1, 2, 5, 10, 20, 50, 100, 200], 200))
