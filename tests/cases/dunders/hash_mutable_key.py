class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return f"Key({self.v})"

k = Key(1)
d = {k: "one"}
print(d[k])
print(k in d)
k.v = 2
print(k in d)
print(Key(1) in d)
print(Key(2) in d)
print(list(d))
print(d.get(k, "lost"))
k.v = 1
print(k in d, d[k])

s = {Key(5), Key(6)}
print(Key(5) in s)
print(sorted(s, key=lambda x: x.v))
print(hash(Key(42)), hash(Key(-7)) == hash(-7))

class Big:
    def __hash__(self):
        return 2 ** 70

print(hash(Big()) == hash(2 ** 70))

class NegOne:
    def __hash__(self):
        return -1

print(hash(NegOne()))

class BadHash:
    def __hash__(self):
        return "nope"

try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
