# base32/base16/base85/Ascii85, random state round trips, NormalDist, struct_time.
import base64
import random
import statistics
import time
from datetime import date, datetime

for data in [b"", b"h", b"hi", b"hello", b"\x00\x00\x00\x00", b"\xfb\xff\xfe\x00\x01"]:
    print(base64.b32encode(data), base64.b32hexencode(data), base64.b16encode(data), base64.b85encode(data),
          base64.a85encode(data))
    assert base64.b32decode(base64.b32encode(data)) == data
    assert base64.b85decode(base64.b85encode(data)) == data and base64.a85decode(base64.a85encode(data)) == data
print(base64.b32decode("mzxw6===", casefold=True), base64.b85encode(b"abc", pad=True), base64.a85encode(b"x" * 12, wrapcol=5, adobe=True))
print(base64.a85encode(b"    ok", foldspaces=True), base64.a85decode(b"<~BOu!rDZ~>", adobe=True))
for bad, fn in [(b"MZXW6YQ=", base64.b32decode), (b"AB", base64.b32decode), (b"|NsC0~", base64.b85decode)]:
    try:
        fn(bad)
    except ValueError as e:
        print(type(e).__name__, e)

rng = random.Random(42)
rng.random()
state = rng.getstate()
first = [rng.randint(1, 100) for _ in range(5)]
rng.setstate(state)
print(first == [rng.randint(1, 100) for _ in range(5)], state[0], len(state[1]), state[1][-1], state[2])
random.seed(7)
saved = random.getstate()
a = random.random()
random.setstate(saved)
print(a == random.random())
try:
    rng.setstate((9, (), None))
except ValueError as e:
    print("ValueError:", e)

nd = statistics.NormalDist(mu=21.0, sigma=0.4)
print(nd, round(nd.cdf(22.0), 9), round(nd.pdf(21.0), 9), [round(x, 6) for x in nd.quantiles()])
print(round(nd.inv_cdf(0.975), 9), round(nd.zscore(21.8), 9), nd.mean, nd.stdev, round(nd.variance, 9))
print(nd + 1, nd * 2, nd - statistics.NormalDist(1, 0.3), nd == statistics.NormalDist(21, 0.4))
print(round(nd.overlap(statistics.NormalDist(21.5, 0.5)), 9), statistics.NormalDist.from_samples([1, 2, 3, 4, 5]))
for bad in [lambda: nd.inv_cdf(1.5), lambda: statistics.NormalDist(0, -1), lambda: statistics.NormalDist(1, 0).cdf(1)]:
    try:
        bad()
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)

tt = datetime(2024, 12, 25, 13, 45, 7).timetuple()
print(tt, tt.tm_yday, tt.tm_wday, tt[0], len(tt), isinstance(tt, tuple))
print(date(2025, 1, 1).timetuple().tm_yday, time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)).tm_mday)
