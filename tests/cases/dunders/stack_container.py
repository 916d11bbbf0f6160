class Stack:
    def __init__(self, items=()):
        self._items = list(items)

    def push(self, x):
        self._items.append(x)
        return self

    def pop(self):
        if not self:
            raise IndexError("pop from empty Stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return len(self._items) > 0

    def __iter__(self):
        return reversed(self._items)

    def __getitem__(self, i):
        return self._items[-1 - i]

    def __contains__(self, x):
        return x in self._items

    def __eq__(self, other):
        return isinstance(other, Stack) and self._items == other._items

    def __repr__(self):
        return f"Stack({self._items!r})"

    def __str__(self):
        return " > ".join(str(x) for x in self) or "<empty>"

s = Stack()
print(repr(s), str(s), bool(s), len(s))
s.push(1).push(2).push(3)
print(repr(s))
print(s)
print(list(s))
print(s[0], s[2], s[-1])
print(2 in s, 5 in s)
print(s == Stack([1, 2, 3]), s == Stack([3, 2, 1]), s == [1, 2, 3])
print(s.pop(), len(s))
print([s])
while s:
    print("popped", s.pop())
print(s, bool(s))
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    s[0]
except IndexError as e:
    print("IndexError:", e)
