"""Daily returns, drawdown and volatility from a price series."""
import math
import statistics
import sys
from itertools import accumulate, tee

if sys.version_info >= (3, 10):
    from itertools import pairwise
else:  # fallback for older interpreters
    def pairwise(iterable):
        a, b = tee(iterable)
        next(b, None)
        return zip(a, b)
from datetime import date, timedelta

PRICES = [100.0, 101.5, 99.8, 102.3, 104.0, 103.1, 98.7, 97.5, 99.9, 105.2, 107.8, 106.0, 108.4, 110.1, 109.3]
START = date(2024, 3, 4)


def trading_days(start: date, n: int):
    d = start
    out = []
    while len(out) < n:
        if d.weekday() < 5:
            out.append(d)
        d += timedelta(days=1)
    return out


days = trading_days(START, len(PRICES))
returns = [(b - a) / a for a, b in pairwise(PRICES)]
log_returns = [math.log(b / a) for a, b in pairwise(PRICES)]

for d, p, r in zip(days[1:], PRICES[1:], returns):
    arrow = "▲" if r > 0 else "▼"
    print(f"{d:%a %m-%d} {p:7.2f} {arrow} {r * 100:+6.2f}%")

print("mean daily return: %.4f%%" % (statistics.mean(returns) * 100))
vol = statistics.stdev(returns)
print("daily vol: %.4f%%  annualised: %.2f%%" % (vol * 100, vol * math.sqrt(252) * 100))
total_log = math.fsum(log_returns)
print("total return via logs: %.4f%%" % ((math.exp(total_log) - 1) * 100))
print("total return direct:   %.4f%%" % ((PRICES[-1] / PRICES[0] - 1) * 100))

peaks = list(accumulate(PRICES, max))
drawdowns = [(p - pk) / pk for p, pk in zip(PRICES, peaks)]
worst = min(range(len(drawdowns)), key=drawdowns.__getitem__)
print(f"max drawdown {drawdowns[worst] * 100:.2f}% on {days[worst].isoformat()} (peak {peaks[worst]})")

up_streak = best = 0
for r in returns:
    up_streak = up_streak + 1 if r > 0 else 0
    best = max(best, up_streak)
print("longest up streak:", best, "days")
sma3 = [round(statistics.fmean(PRICES[i - 2:i + 1]), 3) for i in range(2, len(PRICES))]
print("SMA3:", sma3[:6], "...")
crossings = [days[i + 2].isoformat() for i, (a, b) in enumerate(pairwise(sma3)) if (PRICES[i + 2] - a) * (PRICES[i + 3] - b) < 0]
print("price/SMA crossings:", crossings)
print("median price:", statistics.median(PRICES), "| geometric mean:", round(statistics.geometric_mean(PRICES), 4))
print("harmonic mean:", round(statistics.harmonic_mean(PRICES), 4))
try:
    statistics.variance([PRICES[0]])
except statistics.StatisticsError as e:
    print(type(e).__name__, e)
