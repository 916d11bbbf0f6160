# expect: RecursionError
# limits: recursion=200
class Ghost:
    def __getattr__(self, name):
        return self.missing


print(Ghost().anything)
