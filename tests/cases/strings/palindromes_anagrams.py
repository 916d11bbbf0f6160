# Palindromes and anagram grouping with string normalisation
def normalize(s):
    return "".join(c.lower() for c in s if c.isalnum())

phrases = ["A man, a plan, a canal: Panama", "race a car", "No 'x' in Nixon",
           "Was it a car or a cat I saw?", "hello", "", "Ésope reste ici et se repose"]
for p in phrases:
    n = normalize(p)
    print(repr(p), "->", repr(n), "palindrome:", n == n[::-1])
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
for key in sorted(groups):
    print(key, groups[key])
print("largest group:", max(groups.values(), key=len))
