def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
double = make_multiplier(2)
triple = make_multiplier(3)
print("double(5):", double(5), "triple(5):", triple(5))
adders = []
for i in range(3):
    adders.append(lambda x: x + i)
print("late binding:", [a(10) for a in adders])
adders2 = [lambda x, i=i: x + i for i in range(3)]
print("bound via default:", [a(10) for a in adders2])
def make_adders():
    return [make_multiplier(k) for k in range(1, 4)]
print("factory per value:", [m(10) for m in make_adders()])
def outer():
    x = "first"
    def show():
        return x
    x = "second"
    return show
print("closure sees final value:", outer()())
def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
sq = lambda x: x * x
print("inc(sq(3)):", compose(inc, sq)(3))
print("sq(inc(3)):", compose(sq, inc)(3))
def pipeline(*fns):
    def run(x):
        for fn in fns:
            x = fn(x)
        return x
    return run
print("pipeline:", pipeline(inc, sq, double, str)(4))
