# expect: RecursionError
# limits: recursion=200
class Loop:
    def __repr__(self):
        return "Loop(" + repr(self) + ")"


print(repr(Loop()))
