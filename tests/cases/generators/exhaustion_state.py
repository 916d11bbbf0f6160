def gen():
    yield 1
    yield 2


g = gen()
print(list(g))
print(list(g))
print(sum(g))
print(next(g, "exhausted"))
for x in g:
    print("never printed", x)
print("loop over exhausted gen did nothing")

g = gen()
print(next(g))
print(list(g))

g = gen()
it = iter(g)
print(it is g)
print(next(it), next(g))

genexp = (c for c in "xyz")
print(list(genexp), list(genexp))

h = gen()
print(next(h))
h.close()
print("after close:", list(h), next(h, "none left"))

g1 = gen()
g2 = gen()
print(next(g1), next(g1), next(g2))
print(list(zip(gen(), gen())))
