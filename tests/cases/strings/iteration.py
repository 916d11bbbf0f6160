# Iterating over strings
s = "héllo🙂"
for i, ch in enumerate(s):
    print(i, ch, ord(ch))
print(list(s))
print(tuple("abc"))
print(sorted("banana"))
print("".join(sorted("banana", reverse=True)))
print([c.upper() for c in "abc"])
it = iter("xyz")
print(next(it), next(it), next(it), next(it, "done"))
print(list(reversed("abc")))
print(dict.fromkeys("aabbc"))
freq = {}
for c in "mississippi":
    freq[c] = freq.get(c, 0) + 1
print(freq)
print(max(freq, key=freq.get))
print(list(zip("abc", "123")))
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "abc1"))
