class DomainError(Exception):
    pass


class RepoError(DomainError):
    def __init__(self, op, key):
        super().__init__(f"{op} failed for {key}")
        self.op = op
        self.key = key


log = []


def repo_get(store, key):
    try:
        return store[key]
    except KeyError as e:
        raise RepoError("get", key) from e


def service(store, key):
    try:
        return repo_get(store, key)
    except RepoError as e:
        log.append(str(e))
        raise


store = {"a": 1}
print(service(store, "a"))
try:
    service(store, "zz")
except DomainError as e:
    print("top level:", type(e).__name__, e)
    print("cause:", repr(e.__cause__))
    print("op/key:", e.op, e.key)
print("log:", log)


def wrap_all(fn):
    def inner(*args):
        try:
            return fn(*args)
        except DomainError:
            raise
        except Exception as e:
            raise DomainError(f"wrapped {type(e).__name__}: {e}") from e
    return inner


@wrap_all
def divide(a, b):
    return a / b


print(divide(6, 3))
for args in [(1, 0), ("x", 2)]:
    try:
        divide(*args)
    except DomainError as e:
        print(e)
        print(" cause class:", e.__cause__.__class__.__name__)
