# expect: RecursionError
# limits: recursion=200
def gen():
    yield from gen()


for x in gen():
    pass
