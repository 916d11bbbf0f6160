"""Monte Carlo simulation of dice games with a seeded RNG."""
import random
import statistics
from collections import Counter

random.seed(2024)


def roll(n_dice: int, sides: int = 6) -> list:
    return [random.randint(1, sides) for _ in range(n_dice)]


trials = 2000
sums = [sum(roll(2)) for _ in range(trials)]
freq = Counter(sums)
print(f"2d6 over {trials} trials")
for total in range(2, 13):
    pct = freq[total] / trials * 100
    print(f"  {total:>2}: {freq[total]:>4} ({pct:5.2f}%) {'*' * (freq[total] // 20)}")
print("mean:", round(statistics.mean(sums), 4), "stdev:", round(statistics.stdev(sums), 4))
print("mode:", statistics.mode(sums))

yahtzees = 0
for _ in range(5000):
    dice = roll(5)
    if len(set(dice)) == 1:
        yahtzees += 1
print("yahtzees in 5000 rolls:", yahtzees)

rng = random.Random(7)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
print("hand:", deck[:5])
print("sample:", rng.sample(range(100), 6))
print("choice:", rng.choice(["rock", "paper", "scissors"]))
print("uniform:", round(rng.uniform(1.5, 2.5), 6))
print("random:", round(rng.random(), 6))
print("choices:", rng.choices("abc", weights=[5, 1, 1], k=10))
print("randrange:", [rng.randrange(0, 100, 5) for _ in range(5)])

gauss = [rng.gauss(100, 15) for _ in range(1000)]
print("gauss mean ~", round(statistics.mean(gauss), 1), "stdev ~", round(statistics.stdev(gauss), 1))

r1, r2 = random.Random(99), random.Random(99)
print("reproducible:", [r1.randint(1, 1000) for _ in range(5)] == [r2.randint(1, 1000) for _ in range(5)])
state = r1.getstate()
a = r1.random()
r1.setstate(state)
print("state restore works:", a == r1.random())
try:
    rng.choice([])
except IndexError as e:
    print(type(e).__name__, e)
