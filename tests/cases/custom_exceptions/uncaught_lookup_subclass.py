class RoutingError(LookupError):
    pass


class NoRoute(RoutingError):
    def __init__(self, path):
        super().__init__(f"no route for {path}")
        self.path = path


routes = {"/": "index", "/about": "about_page", "/users": "user_list"}


def resolve(path):
    if path in routes:
        return routes[path]
    prefix = path.rsplit("/", 1)[0] or "/"
    if prefix != path and prefix in routes:
        return routes[prefix] + "_detail"
    raise NoRoute(path)


for p in ["/", "/about", "/users/5"]:
    print(p, "->", resolve(p))

try:
    resolve("/missing/deep")
except LookupError as e:
    print("lookup failure:", e, "|", e.path)

handled = 0
for p in ["/x/y", "/q/r"]:
    try:
        resolve(p)
    except RoutingError:
        handled += 1
print("handled", handled)
resolve("/admin/panel")
