a, *b, c = [1, 2, 3, 4, 5]
print("a, *b, c:", a, b, c)
*init, last = "hello"
print("*init, last:", init, last)
head, *tail = (9,)
print("head, *tail single:", head, tail)
first, *mid, end = 1, 2
print("empty middle:", first, mid, end)
*all_of_it, = range(4)
print("*all,:", all_of_it)
x, *y = {"k1": 1, "k2": 2, "k3": 3}
print("from dict:", x, y)
(p, *q), r = [1, 2, 3], 4
print("nested star:", p, q, r)
print("star type always list:", type(b).__name__, type(init).__name__)
for h, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print("loop:", h, rest)
try:
    a, *b, c = [1]
except ValueError as e:
    print("too few:", type(e).__name__, e)
rec = ("alice", 30, "nyc", "engineer", "remote")
name, age, *extras = rec
print(f"name={name} age={age} extras={extras}")
