calls = []

class Weird:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        calls.append(self.name)
        return False

    def __repr__(self):
        return self.name

w = Weird("w")
print(w == w)
print([w] == [w])
print(calls); calls.clear()
print(w in [w])
print(calls); calls.clear()
print(w in [Weird("a"), Weird("b")])
print(calls); calls.clear()
print([w].count(w), [Weird("x")].count(w))
print(calls); calls.clear()
print((w, 1) == (w, 1))
print({"k": w} == {"k": w})
print(calls); calls.clear()
print([Weird("p")] == [Weird("q")])
print(calls); calls.clear()

class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v

    def __repr__(self):
        return f"Eq({self.v})"

lst = [Eq(1), Eq(2), Eq(3), Eq(2)]
print(Eq(2) in lst)
print(lst.index(Eq(2)), lst.count(Eq(2)))
lst.remove(Eq(2))
print(lst)
print([Eq(1), Eq(3)] == [Eq(1), Eq(3)])
print((Eq(1),) == (Eq(2),))
print({"a": Eq(1)} == {"a": Eq(1)})
try:
    lst.remove(Eq(9))
except ValueError as e:
    print("ValueError:", e)
print([Eq(1), Eq(2)] != [Eq(1), Eq(2)])
