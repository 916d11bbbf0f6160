from typing import Iterator, Iterable, Generator, List, Tuple


def naturals(start: int = 1) -> Iterator[int]:
    n = start
    while True:
        yield n
        n += 1


def take(n: int, it: Iterable) -> List:
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out


def primes() -> Iterator[int]:
    found: List[int] = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def chunked(it: Iterable, size: int) -> Iterator[Tuple]:
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf = []
    if buf:
        yield tuple(buf)


def flatten(nested) -> Iterator:
    for x in nested:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


def running_avg() -> Generator[float, float, str]:
    total, count, avg = 0.0, 0, 0.0
    while True:
        x = yield avg
        if x is None:
            return f"averaged {count} values"
        total += x
        count += 1
        avg = total / count


def collatz(n: int) -> Iterator[int]:
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1


def fib() -> Iterator[int]:
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print("first 10 primes:", take(10, primes()))
print("squares of evens:", take(6, (n * n for n in naturals() if n % 2 == 0)))
print("chunks:", list(chunked(range(1, 11), 3)))
print("flatten:", list(flatten([1, [2, [3, (4, 5)], []], 6, [[7]]])))

ra = running_avg()
next(ra)
for v in [10, 20, 60, 10]:
    print(f"  send {v:>3} -> avg {ra.send(v):.2f}")
try:
    ra.send(None)
except StopIteration as e:
    print("  finished:", e.value)

count = 0
for p in primes():
    if p > 100:
        break
    count += 1
print("primes below 100:", count)

lengths = {n: sum(1 for _ in collatz(n)) for n in range(1, 16)}
print("collatz lengths:", lengths)
longest = max(lengths, key=lengths.get)
print("longest chain start:", longest, "->", list(collatz(longest))[:8], "...")

gen = fib()
counter = 0
evens = []
while len(evens) < 8:
    x = next(gen)
    counter += 1
    if x % 2 == 0:
        evens.append(x)
print(f"even fibs {evens} found after {counter} terms")
pairs = list(zip("abc", naturals(100)))
print("zip with infinite:", pairs)
g = (x * 3 for x in range(5))
print("partial consume:", next(g), next(g), "rest", list(g), "again", list(g))
total = sum(x for x in take(20, fib()) if x % 3 == 0)
print("sum of fibs divisible by 3 in first 20:", total)
