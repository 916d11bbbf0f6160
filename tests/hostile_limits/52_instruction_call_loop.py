# expect: Instructions
# limits: instructions=100000
def step(n):
    return n + 1


n = 0
while True:
    n = step(n)
