VOWELS = "aeiou"

def pig_word(word):
    core = word.strip(".,!?")
    tail = word[len(core):]
    if not core.isalpha():
        return word
    lower = core.lower()
    if lower[0] in VOWELS:
        res = lower + "way"
    else:
        i = 0
        while i < len(lower) and lower[i] not in VOWELS:
            if lower[i] == "q" and i + 1 < len(lower) and lower[i + 1] == "u":
                i += 2
                break
            i += 1
        res = lower[i:] + lower[:i] + "ay"
    if core[0].isupper():
        res = res.capitalize()
    return res + tail

def pig_latin(sentence):
    return " ".join(pig_word(w) for w in sentence.split())

for s in ["Hello world", "The quick brown fox!", "Apple and banana, please.",
          "Queen squeals rhythm", "I have 3 cats"]:
    print(f"{s!r:32} -> {pig_latin(s)!r}")

def acronym(phrase, skip=("of", "the", "and", "for", "a")):
    words = phrase.replace("-", " ").split()
    return "".join(w[0].upper() for w in words if w.lower() not in skip)

for p in ["Portable Network Graphics", "Ruby on Rails", "Complementary metal-oxide semiconductor",
          "Federal Bureau of Investigation", "as soon as possible", "The Lord of the Rings"]:
    print(f"{acronym(p):>6} <- {p}")
print(acronym("for the win", skip=()))
vowel_counts = {v: "the quick brown fox jumps over the lazy dog".count(v) for v in VOWELS}
print(vowel_counts)
