text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away! Quick, quick, said the bird.
A lazy afternoon for a lazy dog and a quick fox."""

def normalize(word):
    return word.strip(".,;:!?\"'").lower()

counts = {}
total = 0
for line_no, line in enumerate(text.splitlines(), 1):
    words = [normalize(w) for w in line.split()]
    words = [w for w in words if w]
    print(f"line {line_no}: {len(words)} words -> {words[:4]}...")
    for w in words:
        counts[w] = counts.get(w, 0) + 1
        total += 1

print("total words:", total)
print("unique words:", len(counts))

ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print("top 5:")
for rank, (word, n) in enumerate(ranked[:5], start=1):
    pct = 100 * n / total
    print(f"  {rank}. {word:<10} {n:>3}  {pct:5.1f}%")

singletons = sorted(w for w, n in counts.items() if n == 1)
print("appear once:", ", ".join(singletons))
longest = max(counts, key=lambda w: (len(w), w))
print("longest word:", longest, len(longest))
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    print(length, sorted(by_len[length]))
