"""Group anagrams and find word ladders using defaultdict and hashing."""
import hashlib
from collections import defaultdict, Counter
from itertools import combinations

WORDS = """listen silent enlist tinsel inlets google banana stone tones notes onset
seton steno evil vile live veil levi dusty study night thing cat act tac dog god
the heat hate thee cot dot cog dig""".split()

groups = defaultdict(list)
for w in WORDS:
    groups["".join(sorted(w))].append(w)

anagram_sets = sorted((sorted(v) for v in groups.values() if len(v) > 1), key=lambda g: (-len(g), g))
print(f"{len(WORDS)} words, {len(groups)} signatures, {len(anagram_sets)} anagram groups")
for g in anagram_sets:
    print(f"  {len(g)}: {' '.join(g)}")

singletons = sorted(w for v in groups.values() if len(v) == 1 for w in v)
print("no anagram partner:", singletons)


def signature_hash(word: str) -> str:
    return hashlib.md5("".join(sorted(word)).encode()).hexdigest()[:8]


print("hash(listen) == hash(silent):", signature_hash("listen") == signature_hash("silent"), signature_hash("listen"))

by_letters = defaultdict(set)
for w in WORDS:
    for ch in set(w):
        by_letters[ch].add(w)
common = sorted(by_letters, key=lambda c: (-len(by_letters[c]), c))[:5]
print("most widespread letters:", [(c, len(by_letters[c])) for c in common])


def one_apart(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


edges = sorted((a, b) for a, b in combinations(sorted(set(WORDS)), 2) if one_apart(a, b))
print("one-letter neighbours:", edges)

letter_counts = Counter("".join(WORDS))
print("letters:", letter_counts.most_common(6))
print("total:", letter_counts.total(), "| 'e' elements sample:", "".join(sorted(Counter("hello").elements())))
nested = defaultdict(lambda: defaultdict(int))
for w in WORDS:
    nested[len(w)][w[0]] += 1
print({k: dict(sorted(v.items())) for k, v in sorted(nested.items())})
