"""Trie-based autocomplete with frequency ranking, deletion and fuzzy (edit distance 1) lookup."""
from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Optional, Tuple


@dataclass
class Node:
    children: Dict[str, "Node"] = field(default_factory=dict)
    count: int = 0

    @property
    def terminal(self) -> bool:
        return self.count > 0


class Trie:
    def __init__(self, words: Optional[List[str]] = None) -> None:
        self.root = Node()
        self._size = 0
        for w in words or []:
            self.add(w)

    def add(self, word: str, times: int = 1) -> None:
        node = self.root
        for ch in word.lower():
            node = node.children.setdefault(ch, Node())
        if not node.terminal:
            self._size += 1
        node.count += times

    def _find(self, prefix: str) -> Optional[Node]:
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word: str) -> bool:
        node = self._find(word)
        return bool(node and node.terminal)

    def __len__(self) -> int:
        return self._size

    def __iter__(self) -> Iterator[str]:
        yield from (w for w, _ in self._walk(self.root, ""))

    def _walk(self, node: Node, prefix: str) -> Iterator[Tuple[str, int]]:
        if node.terminal:
            yield prefix, node.count
        for ch in sorted(node.children):
            yield from self._walk(node.children[ch], prefix + ch)

    def complete(self, prefix: str, k: int = 3) -> List[str]:
        node = self._find(prefix)
        if node is None:
            return []
        ranked = sorted(self._walk(node, prefix), key=lambda wc: (-wc[1], wc[0]))
        return [w for w, _ in ranked[:k]]

    def remove(self, word: str) -> bool:
        path = [(None, self.root)]
        for ch in word:
            nxt = path[-1][1].children.get(ch)
            if nxt is None:
                return False
            path.append((ch, nxt))
        if not path[-1][1].terminal:
            return False
        path[-1][1].count = 0
        self._size -= 1
        for i in range(len(path) - 1, 0, -1):  # prune empty branches
            ch, node = path[i]
            if node.children or node.terminal:
                break
            del path[i - 1][1].children[ch]
        return True

    def fuzzy(self, word: str) -> List[str]:
        alphabet = "abcdefghijklmnopqrstuvwxyz"
        variants = {word}
        for i in range(len(word) + 1):
            left, right = word[:i], word[i:]
            if right:
                variants.add(left + right[1:])
                if len(right) > 1:
                    variants.add(left + right[1] + right[0] + right[2:])
            for c in alphabet:
                variants.add(left + c + right)
                if right:
                    variants.add(left + c + right[1:])
        return sorted(v for v in variants if v in self)


corpus = """the theory of the thermal theatre then thaws there the other
theme of them is that thermal theory is their theme and then the theatre""".split()
freq = Counter(corpus)
trie = Trie()
for w, n in freq.items():
    trie.add(w, n)
print(f"{len(trie)} distinct words from {len(corpus)} tokens")
print("all words:", list(trie))
for prefix in ["th", "the", "ther", "thea", "x", "o"]:
    print(f"  complete({prefix!r}) -> {trie.complete(prefix)}")
print("'them' in trie:", "them" in trie, "| 'thé' in trie:", "thé" in trie, "| 'th' in trie:", "th" in trie)
print("fuzzy('teh'):", trie.fuzzy("teh"))
print("fuzzy('theorx'):", trie.fuzzy("theorx"))
print("fuzzy('thermla'):", trie.fuzzy("thermla"))
for w in ["theme", "theme", "thx", "th"]:
    print(f"remove({w!r}) -> {trie.remove(w)}")
print("after removals:", len(trie), trie.complete("the", k=10))
node = trie._find("them")
print("'them' node still present:", node is not None, "children:", sorted(node.children) if node else None)
