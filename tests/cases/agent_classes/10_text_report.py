from collections import Counter, defaultdict
from typing import List, Dict, Tuple

TEXT = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!
A quick brown dog? No - a quick red fox.
Foxes and dogs: natural rivals, or friends?"""


def normalize(word: str) -> str:
    return "".join(ch for ch in word.lower() if ch.isalpha())


def words_of(text: str) -> List[str]:
    return [w for w in (normalize(t) for t in text.split()) if w]


def line_stats(text: str) -> List[Tuple[int, int, int]]:
    out = []
    for i, line in enumerate(text.splitlines(), 1):
        ws = words_of(line)
        out.append((i, len(ws), len(line)))
    return out


def bigrams(ws: List[str]):
    return Counter(zip(ws, ws[1:]))


def histogram(counter: Counter, width: int = 20) -> List[str]:
    top = counter.most_common(6)
    peak = top[0][1]
    rows = []
    for word, n in top:
        bar = "#" * int(n / peak * width)
        rows.append(f"{word:>8} | {bar:<{width}} | {n:3d}")
    return rows


ws = words_of(TEXT)
print("word count:", len(ws))
print("unique:", len(set(ws)))
freq = Counter(ws)
for row in histogram(freq):
    print(row)

print("\nper line:")
for num, wc, chars in line_stats(TEXT):
    print(f"  line {num}: {wc:2d} words, {chars:3d} chars, density {wc / chars:.3f}")

by_len = defaultdict(list)
for w in sorted(set(ws)):
    by_len[len(w)].append(w)
print("\nwords by length:")
for n in sorted(by_len, reverse=True):
    print(f"  {n}: {', '.join(by_len[n])}")

bg = bigrams(ws)
print("\ntop bigrams:", [f"{a} {b}" for (a, b), _ in bg.most_common(3)])
first_letters = Counter(w[0] for w in ws)
print("first letters:", "".join(sorted(first_letters)))
print("most common letter start:", first_letters.most_common(1)[0])
punct = Counter(ch for ch in TEXT if not ch.isalnum() and not ch.isspace())
print("punctuation:", sorted(punct.items()))
caps = [t for t in TEXT.split() if t[:1].isupper()]
print("capitalized tokens:", caps)
longest_line = max(TEXT.splitlines(), key=len)
print(f"longest line ({len(longest_line)}): {longest_line!r}")
title = " ".join(w.capitalize() for w in ws[:5])
print("title:", title, "| centered:", f"[{title:^32}]")
vowels = sum(1 for ch in TEXT.lower() if ch in "aeiou")
print(f"vowel ratio: {vowels / len(TEXT):.2%}")
