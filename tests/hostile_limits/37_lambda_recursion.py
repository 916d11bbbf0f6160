# expect: RecursionError
# limits: recursion=200
f = lambda n: f(n + 1) + 1
print(f(0))
