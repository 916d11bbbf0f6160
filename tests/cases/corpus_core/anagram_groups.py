words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac",
         "dog", "god", "odg", "bird", "inlets", "banana", "Listen"]

groups = {}
for w in words:
    key = "".join(sorted(w.lower()))
    groups.setdefault(key, []).append(w)

print("number of groups:", len(groups))
for key in sorted(groups, key=lambda k: (-len(groups[k]), k)):
    members = groups[key]
    print(f"{key:>8}: {members}")

def letter_counts(word):
    counts = {}
    for ch in word:
        counts[ch] = counts.get(ch, 0) + 1
    return counts

def is_anagram(a, b):
    return letter_counts(a.replace(" ", "").lower()) == letter_counts(b.replace(" ", "").lower())

pairs = [("Dormitory", "dirty room"), ("The eyes", "They see"), ("Hello", "Olelh"),
         ("abc", "abd"), ("Astronomer", "Moon starer")]
for a, b in pairs:
    print(f"{a!r} ~ {b!r}: {is_anagram(a, b)}")

print(letter_counts("mississippi"))
print(sorted(letter_counts("mississippi").items(), key=lambda kv: -kv[1]))
big = [g for g in groups.values() if len(g) > 2]
print("big groups:", big)
print("all anagram-free:", all(len(g) == 1 for g in groups.values()))
