class Letters:
    def __init__(self, word):
        self.word = word
        self.calls = 0

    def __getitem__(self, i):
        self.calls += 1
        return self.word[i].upper()

L = Letters("abc")
print(list(L))
print(L.calls)
for ch in Letters("xy"):
    print("char", ch)
print("B" in Letters("abc"), "Z" in Letters("abc"))
print(sorted(Letters("cab")))
print("-".join(Letters("hey")))
it = iter(Letters("no"))
print(next(it), next(it))
print(next(it, "end"))
a, b = Letters("qr")
print(a, b)

class Stopper:
    def __getitem__(self, i):
        if i >= 3:
            raise StopIteration
        return i * 10

print(list(Stopper()))

class KeyErr:
    def __getitem__(self, i):
        if i > 1:
            raise KeyError(i)
        return i

try:
    list(KeyErr())
except KeyError as e:
    print("KeyError:", e)

class NoGetitem:
    pass

try:
    iter(NoGetitem())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
