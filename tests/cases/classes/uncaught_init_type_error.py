class User:
    def __init__(self, name, email):
        self.name = name
        self.email = email

    def label(self):
        return f"{self.name} <{self.email}>"

users = [User("ann", "a@x"), User(name="bob", email="b@x")]
for u in users:
    print(u.label())
data = [("cat", "c@x"), ("dan",)]
for row in data:
    u = User(*row)
    print(u.label())
