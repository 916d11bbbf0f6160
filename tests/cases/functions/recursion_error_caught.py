def runaway(n):
    return runaway(n + 1)
try:
    runaway(0)
except RecursionError as e:
    print("caught:", type(e).__name__)
    print("is RuntimeError:", isinstance(e, RuntimeError))
def depth_counter():
    depth = 0
    def go():
        nonlocal depth
        depth += 1
        go()
    try:
        go()
    except RecursionError:
        return depth > 100
print("went deep:", depth_counter())
def safe_depth(n):
    if n == 0:
        return 0
    return 1 + safe_depth(n - 1)
print("depth 500 ok:", safe_depth(500))
def mutual_a(n):
    return "done" if n == 0 else mutual_b(n - 1)
def mutual_b(n):
    return "done" if n == 0 else mutual_a(n - 1)
print("mutual:", mutual_a(101))
def ping(n):
    return pong(n)
def pong(n):
    return ping(n)
try:
    ping(1)
except RecursionError:
    print("mutual recursion overflow caught")
print("still working after:", safe_depth(10))
