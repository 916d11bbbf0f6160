TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness."""

def words(text):
    out = []
    word = ""
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            word += ch
        elif word:
            out.append(word)
            word = ""
    if word:
        out.append(word)
    return out

ws = words(TEXT)
print("total words:", len(ws))
print("unique words:", len(set(ws)))
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print("top 6:")
for w, n in top[:6]:
    print(f"  {w:<8}{n:>3} {'#' * n}")
print("hapax legomena:", sorted(w for w, n in freq.items() if n == 1))
print("longest word:", max(sorted(freq), key=len))
lengths = {}
for w in ws:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(f"len {n}: {len(lengths[n])} words, e.g. {sorted(set(lengths[n]))[:3]}")
bigrams = {}
for a, b in zip(ws, ws[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
common_bi = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print("common bigrams:", [f"{a} {b} ({n})" for (a, b), n in common_bi])
sentences = [s.strip() for s in TEXT.replace("\n", " ").split(",") if s.strip()]
print("clauses:", len(sentences))
print("avg clause length:", round(sum(len(words(s)) for s in sentences) / len(sentences), 2))
caps = [w for w in TEXT.replace(",", " ").replace(".", " ").split() if w[0].isupper()]
print("capitalized:", caps)
