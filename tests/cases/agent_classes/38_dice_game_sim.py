from typing import List, Iterator, Dict
from dataclasses import dataclass, field
from collections import Counter


class LCG:
    def __init__(self, seed: int):
        self.state = seed

    def __iter__(self):
        return self

    def __next__(self) -> int:
        self.state = (1103515245 * self.state + 12345) % (2 ** 31)
        return self.state

    def die(self) -> int:
        return next(self) % 6 + 1


@dataclass
class Player:
    name: str
    score: int = 0
    turns: int = 0
    history: List[int] = field(default_factory=list)

    def __lt__(self, other):
        return (self.score, -self.turns) < (other.score, -other.turns)


def play_turn(p: Player, rng: LCG, hold_at: int) -> int:
    turn_total = 0
    rolls = []
    while turn_total < hold_at:
        r = rng.die()
        rolls.append(r)
        if r == 1:
            turn_total = 0
            break
        turn_total += r
    p.turns += 1
    p.score += turn_total
    p.history.append(turn_total)
    return turn_total, rolls


def game(names_and_strategies, seed: int, target: int = 50, verbose: bool = False):
    rng = LCG(seed)
    players = [Player(n) for n, _ in names_and_strategies]
    strategies = {n: s for n, s in names_and_strategies}
    rnd = 0
    while True:
        rnd += 1
        for p in players:
            gained, rolls = play_turn(p, rng, strategies[p.name])
            if verbose:
                print(f"  r{rnd} {p.name:<6} rolls={rolls} +{gained} => {p.score}")
            if p.score >= target:
                return p, players, rnd


winner, players, rounds = game([("cau", 10), ("bold", 25), ("mid", 18)], seed=42, verbose=True)
print(f"winner: {winner.name} after {rounds} rounds")
for p in sorted(players, reverse=True):
    print(f"  {p.name:<6} score={p.score:3d} turns={p.turns} busts={p.history.count(0)} best={max(p.history)}")

wins = Counter()
for seed in range(1, 201):
    w, _, _ = game([("cau", 10), ("bold", 25), ("mid", 18)], seed=seed)
    wins[w.name] += 1
print("wins over 200 seeds:", wins.most_common())
rng = LCG(7)
faces = Counter(rng.die() for _ in range(6000))
print("die distribution:", [faces[i] for i in range(1, 7)])
print("first raw values:", [next(rng) % 1000 for _ in range(5)])
