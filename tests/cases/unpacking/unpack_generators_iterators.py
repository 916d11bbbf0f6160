a, b, c = (x * 2 for x in range(3))
print("from genexp:", a, b, c)
first, *rest = map(str.upper, ["a", "b", "c"])
print("from map:", first, rest)
k1, k2 = {"one": 1, "two": 2}
print("dict keys:", k1, k2)
(k, v), = {"solo": 1}.items()
print("single item:", k, v)
x, y = zip(*[(1, 2), (3, 4)])
print("zip unpack:", x, y)
it = iter(range(10))
p, q = next(it), next(it)
print("next twice:", p, q)
*tail, = it
print("remaining:", tail)
print("sets small ints:", sorted([*{3, 1, 2}]))
def counter():
    calls = []
    def gen():
        calls.append(1)
        return len(calls)
    return gen, calls
g, calls = counter()
vals = [g(), g(), g()]
print("calls order:", vals, len(calls))
try:
    m, n = (i for i in range(3))
except ValueError as e:
    print("genexp too many:", type(e).__name__, e)
try:
    m, n, o = iter([1, 2])
except ValueError as e:
    print("iter not enough:", type(e).__name__, e)
