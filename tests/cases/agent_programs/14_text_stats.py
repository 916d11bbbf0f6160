"""Compute text statistics: word frequencies, n-grams, sentence lengths, concordance."""
from collections import Counter, defaultdict, deque
from dataclasses import dataclass
from typing import Dict, Iterable, Iterator, List, Tuple

TEXT = """The quick brown fox jumps over the lazy dog. The dog sleeps!
A fox is quick; a dog is lazy. Does the fox ever rest? The fox never rests.
Brown dogs and brown foxes are rarely friends, but the quick fox and the lazy dog are."""

STOPWORDS = frozenset("a an and are but is the over ever does".split())


def sentences(text: str) -> Iterator[str]:
    buf = []
    for ch in text.replace("\n", " "):
        buf.append(ch)
        if ch in ".!?":
            s = "".join(buf).strip()
            if s:
                yield s
            buf = []
    tail = "".join(buf).strip()
    if tail:
        yield tail


def words(text: str) -> Iterator[str]:
    word = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            word.append(ch)
        elif word:
            yield "".join(word)
            word = []
    if word:
        yield "".join(word)


def ngrams(tokens: Iterable[str], n: int) -> Iterator[Tuple[str, ...]]:
    window: deque = deque(maxlen=n)
    for tok in tokens:
        window.append(tok)
        if len(window) == n:
            yield tuple(window)


def stem(word: str) -> str:
    for suffix in ("es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)]
    return word


@dataclass
class Stats:
    n_sentences: int
    n_words: int
    vocab: int
    avg_len: float

    def __str__(self) -> str:
        return (f"{self.n_sentences} sentences, {self.n_words} words, "
                f"{self.vocab} distinct, {self.avg_len:.2f} words/sentence")


sents = list(sentences(TEXT))
all_words = list(words(TEXT))
stats = Stats(len(sents), len(all_words), len(set(all_words)), len(all_words) / len(sents))
print(stats)
for i, s in enumerate(sents, 1):
    n = sum(1 for _ in words(s))
    print(f"  {i}. ({n:2d} words) {s[:40]}{'...' if len(s) > 40 else ''}")

freq = Counter(w for w in all_words if w not in STOPWORDS)
print("top content words:", freq.most_common(5))
stems = Counter(stem(w) for w in all_words if w not in STOPWORDS)
print("top stems:", [(w, c) for w, c in stems.most_common() if c > 1])

bigrams = Counter(ngrams(all_words, 2))
print("repeated bigrams:", sorted((" ".join(bg), c) for bg, c in bigrams.items() if c > 1))
trigram_top = max(Counter(ngrams(all_words, 3)).items(), key=lambda kv: (kv[1], kv[0]))
print("top trigram:", trigram_top)

follows: Dict[str, List[str]] = defaultdict(list)
for a, b in ngrams(all_words, 2):
    if b not in follows[a]:
        follows[a].append(b)
print("words after 'the':", follows["the"])
print("words after 'fox':", follows["fox"])

lengths = Counter(len(w) for w in all_words)
print("length histogram:")
for length in sorted(lengths):
    print(f"  {length:>2} | {'#' * lengths[length]} {lengths[length]}")

longest = sorted(set(all_words), key=lambda w: (-len(w), w))[:3]
print("longest words:", longest)
caps = [w for w in TEXT.split() if w[0].isupper()]
print("capitalised tokens:", caps, "->", len(caps))
