class Loop:
    def __repr__(self):
        return "Loop(" + repr(self) + ")"

try:
    repr(Loop())
except RecursionError as e:
    print(type(e).__name__)
try:
    print([Loop()])
except RecursionError as e:
    print(type(e).__name__)
try:
    f"{Loop()}"
except RecursionError as e:
    print(type(e).__name__)

class Pair:
    def __init__(self):
        self.other = None

    def __repr__(self):
        return f"Pair(other={self.other!r})"

a, b = Pair(), Pair()
print(repr(a))
a.other = b
print(repr(a))
b.other = a
try:
    repr(a)
except RecursionError as e:
    print(type(e).__name__)
b.other = None
print(repr(a))
lst = [1]
lst.append(lst)
print(lst)
d = {"k": 1}
d["self"] = d
print(d)
print("still alive")
