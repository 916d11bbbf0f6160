text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print("counts:", counts)
print("the:", counts["the"])
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print("top 3:", top)

letters = {}
for ch in text:
    if ch.isalpha():
        if ch in letters:
            letters[ch] += 1
        else:
            letters[ch] = 1
print("distinct letters:", len(letters))
print("most common letter:", max(sorted(letters), key=lambda c: letters[c]))
print("letter o:", letters["o"], "letter e:", letters["e"])
by_count = {}
for ch, n in sorted(letters.items()):
    by_count.setdefault(n, []).append(ch)
for n in sorted(by_count, reverse=True):
    print(n, "".join(by_count[n]))

lengths = {}
for w in set(text.split()):
    lengths[len(w)] = lengths.get(len(w), 0) + 1
print("word length histogram:", dict(sorted(lengths.items())))
for n, c in sorted(lengths.items()):
    print(f"{n}: {'#' * c}")
