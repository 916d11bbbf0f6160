from typing import Dict, List, Iterator, Optional, Tuple


class Node:
    __slots__ = ("children", "count", "terminal")

    def __init__(self):
        self.children: Dict[str, "Node"] = {}
        self.count = 0
        self.terminal = False


class Trie:
    def __init__(self, words: Optional[List[str]] = None):
        self.root = Node()
        self.size = 0
        for w in words or []:
            self.add(w)

    def add(self, word: str, weight: int = 1) -> None:
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, Node())
        if not node.terminal:
            self.size += 1
        node.terminal = True
        node.count += weight

    def _find(self, prefix: str) -> Optional[Node]:
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word: str) -> bool:
        node = self._find(word)
        return node is not None and node.terminal

    def __len__(self):
        return self.size

    def _walk(self, node: Node, prefix: str) -> Iterator[Tuple[str, int]]:
        if node.terminal:
            yield prefix, node.count
        for ch in sorted(node.children):
            yield from self._walk(node.children[ch], prefix + ch)

    def __iter__(self):
        return (w for w, _ in self._walk(self.root, ""))

    def complete(self, prefix: str, k: int = 3) -> List[str]:
        node = self._find(prefix)
        if node is None:
            return []
        found = list(self._walk(node, prefix))
        found.sort(key=lambda wc: (-wc[1], wc[0]))
        return [w for w, _ in found[:k]]

    def longest_common_prefix(self) -> str:
        node, out = self.root, ""
        while len(node.children) == 1 and not node.terminal:
            ch, node = next(iter(node.children.items()))
            out += ch
        return out


queries = ("search python docs; search python dataclass; search pytest fixtures; "
           "search python docs; read file; read files; search python docs; run tests; "
           "run test suite; search pytest fixtures; read file; search py").split("; ")
t = Trie()
for q in queries:
    t.add(q)
print("distinct queries:", len(t))
print("all:", list(t))
for prefix in ["search py", "search python", "read", "run", "x", ""]:
    print(f"complete({prefix!r}) -> {t.complete(prefix)}")
print("'read file' in trie:", "read file" in t, "| 'read' in trie:", "read" in t)
print("lcp of all:", repr(t.longest_common_prefix()))
t2 = Trie(["interview", "internet", "internal", "interval"])
print("lcp2:", t2.longest_common_prefix(), "| count:", len(t2))
t2.add("internet", weight=5)
print("ranked 'inter':", t2.complete("inter", k=10))
lengths = sorted(((w, len(w)) for w in t2), key=lambda p: (p[1], p[0]))
print("by length:", lengths)
