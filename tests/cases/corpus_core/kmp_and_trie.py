def prefix_function(p):
    pi = [0] * len(p)
    k = 0
    for i in range(1, len(p)):
        while k and p[i] != p[k]:
            k = pi[k - 1]
        if p[i] == p[k]:
            k += 1
        pi[i] = k
    return pi

def kmp_search(text, pattern):
    pi = prefix_function(pattern)
    hits = []
    k = 0
    for i, ch in enumerate(text):
        while k and ch != pattern[k]:
            k = pi[k - 1]
        if ch == pattern[k]:
            k += 1
        if k == len(pattern):
            hits.append(i - k + 1)
            k = pi[k - 1]
    return hits

text = "abababcabababcababc"
for pat in ["abab", "abc", "ababc", "zzz", "c"]:
    hits = kmp_search(text, pat)
    naive = [i for i in range(len(text) - len(pat) + 1) if text[i:i + len(pat)] == pat]
    print(f"{pat:>6}: {hits} same={hits == naive} pi={prefix_function(pat)}")
print(text.find("abc"), text.rfind("abc"), text.count("abab"), text.index("c"), "abc" in text)

END = "$"
def trie_insert(root, word):
    node = root
    for ch in word:
        node = node.setdefault(ch, {})
    node[END] = node.get(END, 0) + 1

def trie_words(node, prefix=""):
    out = []
    for ch in sorted(node):
        if ch == END:
            out.append((prefix, node[END]))
        else:
            out.extend(trie_words(node[ch], prefix + ch))
    return out

def complete(root, prefix):
    node = root
    for ch in prefix:
        if ch not in node:
            return []
        node = node[ch]
    return [prefix + w for w, _ in trie_words(node)]

root = {}
for w in "car cart carbon care cat dog dot do door car".split():
    trie_insert(root, w)
print(trie_words(root))
for p in ["car", "do", "ca", "x", ""]:
    print(repr(p), complete(root, p))
def count_nodes(node):
    return sum(1 + count_nodes(child) for k, child in node.items() if k != END)
print("nodes:", count_nodes(root))
