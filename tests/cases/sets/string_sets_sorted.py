a = set("hello world".split())
b = {"world", "peace", "hello", "love"}
print("a sorted:", sorted(a))
print("union:", sorted(a | b))
print("intersection:", sorted(a & b))
print("a - b:", sorted(a - b))
print("b - a:", sorted(b - a))
print("sym diff:", sorted(a ^ b))
print("len union:", len(a | b))
print("'peace' in b:", "peace" in b)
text1 = "the cat sat on the mat"
text2 = "the dog sat on the log"
w1, w2 = set(text1.split()), set(text2.split())
print("common words:", sorted(w1 & w2))
print("jaccard:", round(len(w1 & w2) / len(w1 | w2), 4))
vowels = set("aeiou")
for word in ["rhythm", "queue", "python", "aeiou"]:
    print(word, "vowels:", sorted(vowels & set(word)), "missing:", "".join(sorted(vowels - set(word))))
print("any shared:", not {"x", "y"}.isdisjoint({"y", "z"}))
