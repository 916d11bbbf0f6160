"""Choose feature sets within a budget: combinations, reduce and partial."""
from functools import reduce, partial
from itertools import combinations, chain
from operator import add, mul
from typing import List, NamedTuple, Tuple


class Feature(NamedTuple):
    name: str
    cost: int
    value: int
    risk: float


FEATURES = [
    Feature("sso", 8, 30, 0.10), Feature("export", 3, 12, 0.05), Feature("dark-mode", 2, 6, 0.01),
    Feature("audit-log", 5, 20, 0.08), Feature("api-v2", 13, 45, 0.25), Feature("i18n", 7, 18, 0.12),
]
BUDGET = 20


def total(attr: str, subset: Tuple[Feature, ...]) -> float:
    return reduce(add, (getattr(f, attr) for f in subset), 0)


def success_prob(subset: Tuple[Feature, ...]) -> float:
    return reduce(mul, (1 - f.risk for f in subset), 1.0)


cost_of = partial(total, "cost")
value_of = partial(total, "value")

subsets = chain.from_iterable(combinations(FEATURES, k) for k in range(len(FEATURES) + 1))
feasible = [s for s in subsets if cost_of(s) <= BUDGET]
print(f"{2 ** len(FEATURES)} subsets, {len(feasible)} within budget {BUDGET}")

best_value = max(feasible, key=lambda s: (value_of(s), -cost_of(s)))
best_expected = max(feasible, key=lambda s: value_of(s) * success_prob(s))
for label, s in [("max value", best_value), ("max expected", best_expected)]:
    names = ", ".join(f.name for f in s)
    print(f"{label:<13}: [{names}] cost={cost_of(s)} value={value_of(s)} p={success_prob(s):.4f}")

print("top 5 by value/cost ratio:")
ranked = sorted((s for s in feasible if s), key=lambda s: (-value_of(s) / cost_of(s), [f.name for f in s]))
for s in ranked[:5]:
    print(f"  {value_of(s) / cost_of(s):.3f}  {'+'.join(f.name for f in s)}")

pairs = [(a.name, b.name) for a, b in combinations(FEATURES, 2) if a.cost + b.cost == 10]
print("pairs costing exactly 10:", pairs)
print("sum via reduce:", reduce(lambda acc, f: acc + f.cost, FEATURES, 0), "| empty reduce default:", reduce(add, [], 0))
try:
    reduce(add, [])
except TypeError as e:
    print(type(e).__name__, e)
print("factorial via reduce:", reduce(mul, range(1, 11)))
print("flatten:", reduce(lambda a, b: a + b, [[1, 2], [3], [4, 5]]))
print("partial repr keywords:", cost_of.args, cost_of.func.__name__)
print("C(6,3) combos:", sum(1 for _ in combinations(FEATURES, 3)))
