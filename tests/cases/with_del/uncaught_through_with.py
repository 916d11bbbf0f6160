class Logged:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, et, ev, tb):
        status = "error" if et else "ok"
        print("close", self.name, status)
        return False


def process(name, values):
    with Logged(name):
        total = 0
        for v in values:
            total += 100 // v
            print(" partial", total)
        return total


print("result", process("first", [1, 2, 4]))
print("result", process("second", [5, 0, 3]))
print("unreachable")
