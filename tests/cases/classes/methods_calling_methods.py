class TextStats:
    def __init__(self, text):
        self.text = text

    def words(self):
        return self.text.split()

    def word_count(self):
        return len(self.words())

    def char_count(self):
        return sum(len(w) for w in self.words())

    def average(self):
        n = self.word_count()
        return round(self.char_count() / n, 2) if n else 0.0

    def longest(self):
        return max(self.words(), key=len) if self.words() else None

    def frequencies(self):
        freq = {}
        for w in self.words():
            w = w.lower().strip(".,!")
            freq[w] = freq.get(w, 0) + 1
        return freq

    def top(self, n):
        f = self.frequencies()
        return sorted(f.items(), key=lambda kv: (-kv[1], kv[0]))[:n]

    def report(self):
        return {
            "words": self.word_count(),
            "chars": self.char_count(),
            "avg": self.average(),
            "longest": self.longest(),
            "top": self.top(2),
        }

t = TextStats("The cat saw the dog. The dog ran!")
print(t.words())
print(t.word_count())
print(t.char_count())
print(t.average())
print(t.longest())
print(t.frequencies())
print(t.top(3))
print(t.report())
empty = TextStats("")
print(empty.report())
t.text = "one two two three three three"
print(t.report())
