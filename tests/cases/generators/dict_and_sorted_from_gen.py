words = ["apple", "kiwi", "banana", "fig", "cherry", "date"]


def word_info(ws):
    for w in ws:
        yield w, len(w)


lengths = dict(word_info(words))
print(lengths)
print(sorted(word_info(words), key=lambda p: (p[1], p[0])))
print(sorted(w for w, n in word_info(words) if n > 3))


def group_by_len(ws):
    groups = {}
    for w, n in word_info(ws):
        groups.setdefault(n, []).append(w)
    for n in sorted(groups):
        yield n, groups[n]


for n, ws in group_by_len(words):
    print(n, ws)


def index_pairs(ws):
    for i, w in enumerate(ws):
        yield w[0], i


first_letter_index = {}
for letter, idx in index_pairs(words):
    first_letter_index.setdefault(letter, []).append(idx)
print(first_letter_index)
print(sorted(first_letter_index.items(), key=lambda kv: -len(kv[1]))[0])
print(list(enumerate(w.upper() for w in words if "a" in w)))
