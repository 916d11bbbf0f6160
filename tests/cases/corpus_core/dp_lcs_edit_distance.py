def lcs(a, b):
    n, m = len(a), len(b)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            if a[i - 1] == b[j - 1]:
                dp[i][j] = dp[i - 1][j - 1] + 1
            else:
                dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])
    out = []
    i, j = n, m
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return dp[n][m], "".join(reversed(out))

def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost))
        prev = cur
    return prev[-1]

pairs = [("ABCBDAB", "BDCABA"), ("kitten", "sitting"), ("", "abc"), ("same", "same"),
         ("intention", "execution"), ("sunday", "saturday"), ("AGGTAB", "GXTXAYB")]
for a, b in pairs:
    n, s = lcs(a, b)
    print(f"{a!r:12} {b!r:12} lcs={n} {s!r:8} edit={edit_distance(a, b)}")

vocab = ["apple", "apply", "ample", "maple", "applet", "happy", "angle"]
for typo in ["appel", "hapy", "mapel", "xyz"]:
    ranked = sorted(vocab, key=lambda w: (edit_distance(typo, w), w))
    best = ranked[0]
    print(f"{typo!r}: did you mean {best!r}? (distance {edit_distance(typo, best)}) next: {ranked[1:3]}")

def lis(nums):
    tails = []
    for x in nums:
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(x)
        else:
            tails[lo] = x
    return len(tails)
print("LIS:", lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([0, 1, 0, 3, 2, 3]), lis([7, 7, 7]))
