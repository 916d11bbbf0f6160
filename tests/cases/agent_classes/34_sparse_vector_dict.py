from typing import Dict, Iterator, Tuple
from collections import defaultdict


class SparseVector:
    def __init__(self, entries: Dict[int, float] = None, size: int = 0):
        self.entries = {i: v for i, v in (entries or {}).items() if v != 0}
        self.size = max(size, max(self.entries, default=-1) + 1)

    def __getitem__(self, i: int) -> float:
        if not 0 <= i < self.size:
            raise IndexError(f"index {i} out of range for size {self.size}")
        return self.entries.get(i, 0)

    def __setitem__(self, i: int, v: float):
        if v == 0:
            self.entries.pop(i, None)
        else:
            self.entries[i] = v
        self.size = max(self.size, i + 1)

    def __len__(self):
        return self.size

    def __iter__(self) -> Iterator[float]:
        for i in range(self.size):
            yield self[i]

    def nonzero(self) -> Iterator[Tuple[int, float]]:
        yield from sorted(self.entries.items())

    def __add__(self, other: "SparseVector") -> "SparseVector":
        out = dict(self.entries)
        for i, v in other.entries.items():
            out[i] = out.get(i, 0) + v
        return SparseVector(out, max(self.size, other.size))

    def __mul__(self, other):
        if isinstance(other, SparseVector):
            return sum(v * other.entries.get(i, 0) for i, v in self.entries.items())
        return SparseVector({i: v * other for i, v in self.entries.items()}, self.size)

    def __eq__(self, other):
        return isinstance(other, SparseVector) and self.entries == other.entries and self.size == other.size

    def __contains__(self, value):
        return value in self.entries.values() or (value == 0 and len(self.entries) < self.size)

    def __bool__(self):
        return bool(self.entries)

    def __repr__(self):
        inner = ", ".join(f"{i}:{v}" for i, v in self.nonzero())
        return f"SparseVector({{{inner}}}, size={self.size})"

    @property
    def density(self) -> float:
        return len(self.entries) / self.size if self.size else 0.0


a = SparseVector({0: 1, 5: 2.5, 9: -1})
b = SparseVector({5: 2, 7: 3}, size=12)
print("a:", a, "len", len(a))
print("b:", b, "len", len(b))
print("a+b:", a + b)
print("a.b:", a * b, "a*2:", a * 2)
print("dense a:", list(a))
print("a[5]:", a[5], "a[6]:", a[6])
try:
    a[20]
except IndexError as e:
    print("IndexError:", e)
a[3] = 7
a[0] = 0
print("after edits:", a, f"density={a.density:.2f}")
print("2.5 in a:", 2.5 in a, "0 in a:", 0 in a, "99 in a:", 99 in a)
print("empty is falsy:", not SparseVector(size=4), "equality:", a == SparseVector({3: 7, 5: 2.5, 9: -1}))

docs = {
    "d1": "the cat sat on the mat",
    "d2": "the dog sat on the log",
    "d3": "cats and dogs",
}
vocab: Dict[str, int] = {}
for text in docs.values():
    for w in text.split():
        vocab.setdefault(w, len(vocab))
print("vocab size:", len(vocab))
vecs = {}
for name, text in docs.items():
    counts = defaultdict(int)
    for w in text.split():
        counts[vocab[w]] += 1
    vecs[name] = SparseVector(dict(counts), size=len(vocab))
    print(f"  {name}: {vecs[name]}")
names = sorted(vecs)
for i, x in enumerate(names):
    for y in names[i + 1:]:
        dot = vecs[x] * vecs[y]
        norm = (vecs[x] * vecs[x]) ** 0.5 * (vecs[y] * vecs[y]) ** 0.5
        print(f"  sim({x},{y}) = {dot / norm:.4f}")
