"""Detect anomalies in simulated sensor readings using z-scores and IQR."""
import random
import statistics
from collections import namedtuple, defaultdict
from typing import Dict, List

Reading = namedtuple("Reading", "sensor tick value")
random.seed(42)

SENSORS = {"temp-a": (21.0, 0.4), "temp-b": (22.5, 0.6), "humid": (45.0, 2.5)}
readings: List[Reading] = []
for tick in range(60):
    for sensor, (mu, sigma) in SENSORS.items():
        value = random.gauss(mu, sigma)
        if random.random() < 0.04:
            value += random.choice([-1, 1]) * sigma * random.uniform(5, 8)
        readings.append(Reading(sensor, tick, round(value, 3)))

by_sensor: Dict[str, List[Reading]] = defaultdict(list)
for r in readings:
    by_sensor[r.sensor].append(r)

for sensor in sorted(by_sensor):
    rows = by_sensor[sensor]
    values = [r.value for r in rows]
    mean = statistics.mean(values)
    sd = statistics.stdev(values)
    q1, q2, q3 = statistics.quantiles(values, n=4)
    iqr = q3 - q1
    lo, hi = q1 - 1.5 * iqr, q3 + 1.5 * iqr
    z_out = [r for r in rows if abs(r.value - mean) / sd > 3]
    iqr_out = [r for r in rows if not lo <= r.value <= hi]
    print(f"{sensor}: n={len(values)} mean={mean:.3f} sd={sd:.3f} median={statistics.median(values):.3f}")
    print(f"   IQR fence=({lo:.2f}, {hi:.2f}) z-outliers={len(z_out)} iqr-outliers={len(iqr_out)}")
    for r in sorted(iqr_out, key=lambda r: r.tick)[:4]:
        print(f"     tick {r.tick:>2}: {r.value}")

clean = {s: [r.value for r in rows if abs(r.value - SENSORS[s][0]) < 4 * SENSORS[s][1]] for s, rows in by_sensor.items()}
for s in sorted(clean):
    print(f"{s} cleaned mean {statistics.fmean(clean[s]):.3f} (kept {len(clean[s])})")

nd = statistics.NormalDist(mu=21.0, sigma=0.4)
print("P(temp-a > 22):", round(1 - nd.cdf(22.0), 6))
print("95% interval:", [round(x, 4) for x in (nd.inv_cdf(0.025), nd.inv_cdf(0.975))])
fitted = statistics.NormalDist.from_samples(clean["temp-a"])
print("fitted mu within 0.2:", abs(fitted.mean - 21.0) < 0.2)
print("first readings:", readings[:3])
