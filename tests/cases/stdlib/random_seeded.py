import random

random.seed(42)
print(random.random(), random.random(), random.randint(1, 100), random.randrange(10), random.randrange(0, 100, 5))
print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.uniform(1, 2), random.getrandbits(8), random.getrandbits(100))
items = list(range(10))
random.shuffle(items)
print(items, random.sample(range(100), 5), random.sample("abcdef", 3), random.sample(range(10**6), 3))
print(random.choices(["a", "b", "c"], k=5), random.choices(["x", "y"], weights=[1, 9], k=6), random.choices("pq", cum_weights=[1, 2], k=3))
print(random.gauss(0, 1), random.gauss(10, 2), random.normalvariate(5, 1), random.expovariate(2.0), random.triangular(0, 10, 3))
print(random.betavariate(2, 5), random.gammavariate(2.0, 1.5), random.gammavariate(0.5, 1.0), random.lognormvariate(0, 0.5))
random.seed(0)
print([random.randint(1, 6) for _ in range(10)], random.randbytes(4))
random.seed(2**80 + 7)
print(random.random(), random.randint(-5, 5))
random.seed("agent-seed")
print(random.random(), random.choice(range(1000)))
random.seed(3.5)
print(random.random())
r = random.Random(123)
r2 = random.Random(123)
print(r.random() == r2.random(), r.randint(0, 10**12), [r.randrange(3) for _ in range(8)])
random.seed(7)
deck = [f"{v}{s}" for s in "SHDC" for v in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8], random.sample(deck, 4))
random.seed(99)
print(random.sample(range(50), 20))

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("empty choice", lambda: random.choice([]))
attempt("bad range", lambda: random.randrange(5, 5))
attempt("bad range 1", lambda: random.randrange(0))
attempt("float randrange", lambda: random.randrange(1.5))
attempt("sample too big", lambda: random.sample([1, 2], 3))
attempt("sample set", lambda: random.sample({1, 2}, 1))
attempt("weights mismatch", lambda: random.choices([1, 2], weights=[1], k=1))
attempt("randint order", lambda: random.randint(5, 1))
