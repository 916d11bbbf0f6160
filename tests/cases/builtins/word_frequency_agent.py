# An agent-style word frequency analysis using many builtins
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief"""
words = [w.strip(",.").lower() for w in text.split()]
print("word count:", len(words))
print("unique:", len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for rank, (w, c) in enumerate(top, 1):
    print(f"{rank}. {w:<8} {c:>2} {'*' * c}")
lengths = list(map(len, words))
print("longest:", max(words, key=len), "shortest:", min(words, key=len))
print("avg length:", round(sum(lengths) / len(lengths), 3))
print("all lowercase:", all(w.islower() for w in words))
print("any digit:", any(c.isdigit() for c in text))
print("first 5 reversed:", list(reversed(words[:5])))
pairs = list(zip(words, words[1:]))
bigrams = {}
for p in pairs:
    bigrams[p] = bigrams.get(p, 0) + 1
print("top bigram:", max(bigrams.items(), key=lambda kv: (kv[1], kv[0])))
print("filtered:", list(filter(lambda w: len(w) > 6, words)))
