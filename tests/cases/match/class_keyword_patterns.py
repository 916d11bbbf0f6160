class User:
    def __init__(self, name, role, active=True):
        self.name = name
        self.role = role
        self.active = active


class Order:
    def __init__(self, id, user, total):
        self.id = id
        self.user = user
        self.total = total


def access(u):
    match u:
        case User(active=False):
            return f"{u.name}: disabled"
        case User(role="admin", name=name):
            return f"{name}: full access"
        case User(role="editor" | "writer" as role, name=name):
            return f"{name}: can edit as {role}"
        case User(name=name):
            return f"{name}: read only"


users = [
    User("ann", "admin"),
    User("bob", "editor"),
    User("cy", "writer"),
    User("dee", "viewer"),
    User("eve", "admin", active=False),
]
for u in users:
    print(access(u))

orders = [Order(1, users[0], 250), Order(2, users[3], 15), Order(3, users[1], 99)]
for o in orders:
    match o:
        case Order(total=t, user=User(role="admin")) if t > 100:
            print(o.id, "big admin order", t)
        case Order(user=User(name=n), total=t) if t < 20:
            print(o.id, "small order by", n)
        case Order(id=i):
            print(i, "regular order")

match users[1]:
    case User(missing_attr=x):
        print("has missing_attr")
    case User():
        print("User() matches any User instance")
