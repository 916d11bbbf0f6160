class Session:
    def __init__(self, user):
        self.user = user

    def __hash__(self):
        if self.user is None:
            raise LookupError("anonymous session cannot be hashed")
        return hash(len(self.user))

    def __eq__(self, other):
        return self.user == other.user

cache = {}
for user in ["ann", "bob", None]:
    s = Session(user)
    cache[s] = user.upper() if user else None
    print("cached", user, len(cache))
