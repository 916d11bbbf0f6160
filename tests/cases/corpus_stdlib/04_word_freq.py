"""Compute word frequencies in a document and print a wrapped summary."""
import re
import textwrap
from collections import Counter

TEXT = """
The quick brown fox jumps over the lazy dog. The dog, being lazy, did not
react; the fox, being quick, jumped again! Foxes are quick -- dogs are not
always lazy, but this dog is. "Quick" thinking is what the fox is known for.
Isn't it? The fox's den is near the river's bend, and the dog's house is far.
"""

STOPWORDS = {"the", "is", "are", "and", "a", "it", "not", "but", "this", "what", "for", "did", "near", "far"}

words = re.findall(r"[a-z]+(?:'[a-z]+)?", TEXT.lower())
print("total tokens:", len(words))
print("unique tokens:", len(set(words)))

counts = Counter(w for w in words if w not in STOPWORDS)
print("Top 8 words:")
for word, n in counts.most_common(8):
    bar = "#" * n
    print(f"  {word:<10}{n:>3} {bar}")

possessives = sorted(set(re.findall(r"\b(\w+)'s\b", TEXT)))
print("possessives:", possessives)

sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", TEXT.strip()) if s.strip()]
print("sentence count:", len(sentences))
for i, s in enumerate(sentences, 1):
    print(f"  {i}. {textwrap.shorten(s, width=50, placeholder=' ...')}")

lengths = Counter(len(w) for w in words)
print("length histogram:", sorted(lengths.items()))

capitalized = re.findall(r"\b[A-Z][a-z]+\b", TEXT)
print("capitalized:", Counter(capitalized).most_common())

summary = "Most frequent content words: " + ", ".join(
    f"{w} ({n})" for w, n in counts.most_common(10)
)
print(textwrap.fill(summary, width=60, initial_indent="> ", subsequent_indent="> "))

total = sum(counts.values())
combined = counts + Counter({"fox": 1, "cat": 2})
print("after merge fox/cat:", combined["fox"], combined["cat"], "total was", total)
diff = counts - Counter({"quick": 10, "dog": 1})
print("quick removed:", "quick" not in diff, "dog now", diff["dog"])
