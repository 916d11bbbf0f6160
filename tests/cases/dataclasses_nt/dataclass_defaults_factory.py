from dataclasses import dataclass, field


@dataclass
class Task:
    title: str
    priority: int = 3
    tags: list = field(default_factory=list)
    done: bool = False


a = Task("write tests")
b = Task("fix bug", 1, ["urgent"])
c = Task("refactor", done=True)
print(a)
print(b)
print(c)

a.tags.append("qa")
print(a.tags, c.tags)
print(a.tags is c.tags)

d = Task("write tests")
print(d == Task("write tests"))
print(d == a)


@dataclass
class Inventory:
    owner: str
    counts: dict = field(default_factory=dict)
    history: list = field(default_factory=lambda: ["created"])

    def add(self, item, n=1):
        self.counts[item] = self.counts.get(item, 0) + n
        self.history.append(f"add {item} x{n}")


inv = Inventory("ann")
inv.add("apple", 3)
inv.add("pear")
inv.add("apple")
print(inv)
other = Inventory("bob")
print(other.history, other.counts)
print(Task.priority, Task.done)
