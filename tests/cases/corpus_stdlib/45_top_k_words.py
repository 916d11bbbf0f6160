"""Find top-k items in a stream with heapq and Counter, comparing approaches."""
import heapq
import random
from collections import Counter
from typing import Iterable, List, Tuple

rng = random.Random(12)
VOCAB = ["error", "warn", "info", "debug", "trace", "fatal", "notice", "audit"]
WEIGHTS = [8, 15, 40, 25, 5, 1, 4, 2]
stream = rng.choices(VOCAB, weights=WEIGHTS, k=3000)


def top_k_heap(items: Iterable[str], k: int) -> List[Tuple[int, str]]:
    counts = Counter(items)
    heap: List[Tuple[int, str]] = []
    for word, n in counts.items():
        if len(heap) < k:
            heapq.heappush(heap, (n, word))
        elif (n, word) > heap[0]:
            heapq.heapreplace(heap, (n, word))
    return sorted(heap, reverse=True)


counts = Counter(stream)
print("total events:", sum(counts.values()), "distinct:", len(counts))
print("most_common(3):", counts.most_common(3))
print("heap top 3:    ", top_k_heap(stream, 3))
print("nlargest:      ", heapq.nlargest(3, counts.items(), key=lambda kv: kv[1]))
print("nsmallest:     ", heapq.nsmallest(2, counts, key=counts.__getitem__))
print("rarest:", counts.most_common()[:-3:-1])

window = Counter()
peaks = []
for i, level in enumerate(stream[:600]):
    window[level] += 1
    if i >= 100:
        window[stream[i - 100]] -= 1
    if i % 100 == 99:
        top, n = window.most_common(1)[0]
        peaks.append((i + 1, top, n, window["error"]))
for pos, top, n, err in peaks:
    print(f"  after {pos:>3}: top={top:<6} x{n:<3} errors in window={err}")

scores = [(rng.randint(0, 1000), f"player{i}") for i in range(50)]
print("leaderboard:", heapq.nlargest(5, scores))
heapq.heapify(scores)
losers = [heapq.heappop(scores)[1] for _ in range(3)]
print("bottom 3:", losers)

c1, c2 = Counter(stream[:1000]), Counter(stream[1000:2000])
print("union max:", sorted((c1 | c2).items())[:3])
print("intersection min:", sorted((c1 & c2).items())[:3])
print("unary +:", +Counter({"a": 2, "b": -1, "c": 0}))
c1.subtract(c2)
print("delta after subtract:", sorted(c1.items()))
