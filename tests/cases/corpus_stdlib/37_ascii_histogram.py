"""Bin numeric data and print ASCII histograms with log-scaled bars."""
import math
import random
from collections import Counter
from typing import Dict, List, Sequence


def bin_values(values: Sequence[float], width: float) -> Dict[float, int]:
    return Counter(math.floor(v / width) * width for v in values)


def draw(bins: Dict[float, int], scale: str = "linear", max_bar: int = 40) -> List[str]:
    peak = max(bins.values())
    lines = []
    for edge in sorted(bins):
        n = bins[edge]
        if scale == "log":
            length = round(max_bar * math.log1p(n) / math.log1p(peak))
        else:
            length = round(max_bar * n / peak)
        lines.append(f"{edge:>6.1f} | {'█' * length:<{max_bar}} {n}")
    return lines


rng = random.Random(8)
latencies = [round(rng.expovariate(1 / 40), 1) for _ in range(500)]
print("n =", len(latencies), "min =", min(latencies), "max =", max(latencies))
bins = bin_values(latencies, 20)
print("\n".join(draw(bins)))
print("-- log scale --")
print("\n".join(draw(bins, "log", 30)[:8]))

p = sorted(latencies)
for q in (50, 90, 99):
    idx = math.ceil(q / 100 * len(p)) - 1
    print(f"p{q}: {p[idx]}")

print("sturges bins:", math.ceil(math.log2(len(latencies)) + 1))
print("sqrt rule bins:", math.isqrt(len(latencies)))

for value in [0, -1, 10]:
    try:
        print(f"log10({value}) = {math.log10(value):.4f}")
    except ValueError as e:
        print(f"log10({value}) failed: {type(e).__name__}: {e}")

print("copysign:", math.copysign(3, -0.0), "fabs:", math.fabs(-2), "modf:", math.modf(3.75))
print("frexp:", math.frexp(40.0), "ldexp:", math.ldexp(0.625, 6))
print("prod:", math.prod(range(1, 8)), "exp(1) ~", round(math.exp(1), 8), "pow:", math.pow(2, 0.5) == math.sqrt(2))
print("dist:", round(math.dist((0, 0, 0), (1, 2, 2)), 6), "remainder:", math.remainder(10, 3))
try:
    math.factorial(-3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(math.exp(1000))
except OverflowError as e:
    print(type(e).__name__, e)
