class Indent:
    level = 0

    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("  " * Indent.level + f"<{self.label}>")
        Indent.level += 1
        return self

    def __exit__(self, et, ev, tb):
        Indent.level -= 1
        print("  " * Indent.level + f"</{self.label}>")


def say(text):
    print("  " * Indent.level + text)


with Indent("html"):
    with Indent("body"):
        say("hello")
        with Indent("ul"):
            for item in ["one", "two"]:
                with Indent("li"):
                    say(item)
    say("after body")
print("level at end:", Indent.level)


class Catch:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is ZeroDivisionError:
            print(self.name, "caught", ev)
            return True
        print(self.name, "passes", et.__name__ if et else None)
        return False


with Catch("outer"):
    with Catch("inner"):
        raise ZeroDivisionError("deep")
    print("after inner")
with Catch("outer2"):
    with Catch("inner2"):
        pass
