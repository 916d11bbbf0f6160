cases = [
    ("too many", lambda: exec_unpack2([1, 2, 3])),
    ("not enough", lambda: exec_unpack2([1])),
    ("empty", lambda: exec_unpack2([])),
    ("three from two", lambda: exec_unpack3("ab")),
    ("star needs 2", lambda: exec_star([5])),
]

def exec_unpack2(seq):
    a, b = seq
    return a, b

def exec_unpack3(seq):
    a, b, c = seq
    return a, b, c

def exec_star(seq):
    a, *b, c = seq
    return a, b, c

for label, fn in cases:
    try:
        print(label, "->", fn())
    except ValueError as e:
        print(label, "->", type(e).__name__ + ":", e)

print("ok:", exec_unpack2((7, 8)))
print("ok star:", exec_star(range(2)))
try:
    a, b = 5
except TypeError as e:
    print("int ->", type(e).__name__ + ":", e)
try:
    a, b = None
except TypeError as e:
    print("None ->", type(e).__name__ + ":", e)
try:
    a, b = {"x": 1, "y": 2, "z": 3}
except ValueError as e:
    print("dict ->", type(e).__name__ + ":", e)
