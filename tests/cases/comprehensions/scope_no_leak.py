x = "outer x"
squares = [x * x for x in range(4)]
print("squares:", squares)
print("x after list comp:", x)
k = "outer k"
d = {k: 1 for k in "ab"}
print("d:", d, "k:", k)
s = "outer s"
st = {s for s in [1, 2]}
print("set:", st, "s:", s)
g = "outer g"
total = sum(g for g in range(5))
print("total:", total, "g:", g)
try:
    del_me = [leaky for leaky in range(3)]
    print(leaky)
except NameError as e:
    print("comprehension var not defined outside:", type(e).__name__)
for loopvar in range(3):
    pass
print("for loop var does leak:", loopvar)
factor = 3
print("closure over outer:", [i * factor for i in range(4)])
def f():
    y = 10
    return [y + i for i in range(3)]
print("uses function local:", f())
funcs = [lambda: i for i in range(3)]
print("late binding lambdas:", [fn() for fn in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print("default arg capture:", [fn() for fn in funcs2])
