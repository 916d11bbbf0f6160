class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)

    def __repr__(self):
        if self.children:
            return f"Node({self.name!r}, {self.children!r})"
        return f"Node({self.name!r})"

tree = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b")])
print(tree)
print(tree.children)
print(str(tree.children[0]))
print({n.name: n for n in tree.children})
print(set([Node("solo")]) == set())
print(len(repr(tree)))

class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def __repr__(self):
        return f"Money({self.cents})"

prices = {"tea": Money(250), "cake": Money(1205)}
print(prices)
for k, v in prices.items():
    print(k, v)
print(", ".join(str(m) for m in prices.values()))
print(list(prices.values()))
print(tuple(prices.values()))
print(f"total: {Money(sum(m.cents for m in prices.values()))}")
print(max(prices.values(), key=lambda m: m.cents))
print([[Money(1)], (Money(2), {"k": Money(3)})])
