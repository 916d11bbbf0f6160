class WithEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

class Plain:
    pass

class Disabled:
    __hash__ = None

print(WithEq.__hash__ is None)
print(Plain.__hash__ is None)
try:
    {WithEq(1): "x"}
except TypeError as e:
    print("TypeError:", e)
try:
    s = set()
    s.add(WithEq(2))
except TypeError as e:
    print("TypeError:", e)
try:
    hash(WithEq(3))
except TypeError as e:
    print("TypeError:", e)
try:
    hash(Disabled())
except TypeError as e:
    print("TypeError:", e)
try:
    WithEq(4) in {1: 2}
except TypeError as e:
    print("TypeError:", e)
p = Plain()
d = {p: "plain ok"}
print(d[p])
print(len({Plain(), Plain()}))
print(p in {p}, Plain() in {p})
print(hash(p) == hash(p))

class EqAndHash(WithEq):
    def __hash__(self):
        return hash(self.v)

print({EqAndHash(1): "fine"}[EqAndHash(1)])

class InheritsEq(WithEq):
    pass

try:
    hash(InheritsEq(5))
except TypeError as e:
    print("TypeError:", e)
print(WithEq(1) in [WithEq(0), WithEq(1)])
