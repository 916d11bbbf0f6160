prices = [10.0, 10.5, 11.2, 10.8, 11.5, 12.1, 12.0, 11.7, 12.4, 13.0, 12.8, 13.5]

def sma(values, window):
    out = []
    total = 0.0
    for i, v in enumerate(values):
        total += v
        if i >= window:
            total -= values[i - window]
        if i >= window - 1:
            out.append(round(total / window, 4))
    return out

def ema(values, span):
    alpha = 2 / (span + 1)
    out = [values[0]]
    for v in values[1:]:
        out.append(alpha * v + (1 - alpha) * out[-1])
    return out

for w in (3, 5):
    print(f"SMA{w}:", sma(prices, w))
e = ema(prices, 4)
print("EMA4:", [f"{x:.3f}" for x in e])

changes = [round(b - a, 2) for a, b in zip(prices, prices[1:])]
print("changes:", changes)
pct = [f"{(b - a) / a * 100:+.2f}%" for a, b in zip(prices, prices[1:])]
print("pct:", pct)
ups = sum(1 for c in changes if c > 0)
print(f"up days {ups}, down days {len(changes) - ups}")

s3, s5 = sma(prices, 3), sma(prices, 5)
offset = len(s3) - len(s5)
for i, (a, b) in enumerate(zip(s3[offset:], s5)):
    if i > 0:
        pa, pb = s3[offset + i - 1], s5[i - 1]
        if pa <= pb and a > b:
            print("golden cross at index", i + 4)
        elif pa >= pb and a < b:
            print("death cross at index", i + 4)
best_gain = max(prices[j] - prices[i] for i in range(len(prices)) for j in range(i + 1, len(prices)))
print("best single trade gain:", round(best_gain, 2))
print(sum(prices) / len(prices), round(sum(prices) / len(prices), 3))
