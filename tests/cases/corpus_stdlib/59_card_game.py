"""Deal poker hands from a seeded deck and classify them."""
import random
from collections import Counter, namedtuple
from itertools import product, combinations

Card = namedtuple("Card", "rank suit")
RANKS = "23456789TJQKA"
SUITS = "♠♥♦♣"
DECK = [Card(r, s) for r, s in product(RANKS, SUITS)]


def classify(hand):
    values = sorted((RANKS.index(c.rank) for c in hand), reverse=True)
    counts = sorted(Counter(values).values(), reverse=True)
    flush = len({c.suit for c in hand}) == 1
    straight = len(set(values)) == 5 and (values[0] - values[4] == 4 or values == [12, 3, 2, 1, 0])
    if straight and flush:
        return "straight flush"
    if counts[0] == 4:
        return "four of a kind"
    if counts[:2] == [3, 2]:
        return "full house"
    if flush:
        return "flush"
    if straight:
        return "straight"
    if counts[0] == 3:
        return "three of a kind"
    if counts[:2] == [2, 2]:
        return "two pair"
    if counts[0] == 2:
        return "pair"
    return "high card"


def show(hand):
    return " ".join(c.rank + c.suit for c in sorted(hand, key=lambda c: (RANKS.index(c.rank), c.suit)))


rng = random.Random(1234)
deck = DECK[:]
rng.shuffle(deck)
players = ["ann", "ben", "cat", "dan"]
hands = {p: deck[i * 5:(i + 1) * 5] for i, p in enumerate(players)}
for p, h in hands.items():
    print(f"{p}: {show(h):<20} {classify(h)}")

tally = Counter()
for _ in range(3000):
    tally[classify(rng.sample(DECK, 5))] += 1
for name, n in tally.most_common():
    print(f"  {name:<16} {n:>5} {n / 30:6.2f}%")

fixed = [Card("A", "♠"), Card("K", "♠"), Card("Q", "♠"), Card("J", "♠"), Card("T", "♠")]
print("royal:", show(fixed), "->", classify(fixed))
wheel = [Card("A", "♥"), Card("2", "♠"), Card("3", "♦"), Card("4", "♣"), Card("5", "♠")]
print("wheel:", show(wheel), "->", classify(wheel))
seven = deck[20:27]
best = max(combinations(seven, 5), key=lambda h: ["high card", "pair", "two pair", "three of a kind", "straight",
                                                  "flush", "full house", "four of a kind", "straight flush"].index(classify(h)))
print("best of 7:", show(seven), "=>", classify(best))
print("choice:", rng.choice(DECK), "| randint:", rng.randint(1, 52), "| deck size:", len(DECK))
