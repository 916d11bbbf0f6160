# expect: RecursionError
# limits: recursion=200
class Same:
    def __eq__(self, other):
        return self == other


print(Same() == Same())
