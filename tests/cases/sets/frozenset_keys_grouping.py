words = ["listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    key = frozenset(w)
    groups.setdefault(key, []).append(w)
print("groups by letter set:")
for key, ws in sorted(groups.items(), key=lambda kv: sorted(kv[1])):
    print(" ", "".join(sorted(key)), "->", ws)
anagrams = {}
for w in words:
    anagrams.setdefault("".join(sorted(w)), []).append(w)
print("anagram classes:", sorted(v for v in anagrams.values() if len(v) > 1))
edges = [(1, 2), (2, 1), (2, 3), (3, 2), (1, 3)]
undirected = {frozenset(e) for e in edges}
print("undirected edges:", len(undirected))
print("as sorted tuples:", sorted(tuple(sorted(e)) for e in undirected))
print("frozenset equality:", frozenset("abc") == frozenset("cab"))
print("frozenset in set:", frozenset({1, 2}) in {frozenset({2, 1})})
