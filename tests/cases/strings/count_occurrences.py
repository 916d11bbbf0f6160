# str.count including overlapping behaviour and ranges
s = "banana bandana"
print("a:", s.count("a"))
print("an:", s.count("an"))
print("ana:", s.count("ana"))
print("empty:", s.count(""))
print("a from 7:", s.count("a", 7))
print("a in [0:6]:", s.count("a", 0, 6))
print("a neg range:", s.count("a", -7, -1))
print("z:", s.count("z"))
print("aaaa count aa:", "aaaa".count("aa"))
print("emoji:", "🙂🙂x🙂".count("🙂"))
text = """the quick brown fox jumps over the lazy dog
the dog barks
a fox runs"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
for word in sorted(counts):
    print(f"{word}: {counts[word]}")
print("vowels:", sum(text.count(v) for v in "aeiou"))
print("lines:", text.count("\n") + 1)
