class Mirror:
    def __eq__(self, other):
        return other == self

class Node:
    def __init__(self, val):
        self.val = val
        self.next = None

    def __eq__(self, other):
        return isinstance(other, Node) and self.val == other.val and self.next == other.next

try:
    Mirror() == Mirror()
except RecursionError as e:
    print(type(e).__name__)
try:
    Mirror() == 1
except RecursionError as e:
    print(type(e).__name__)
a, b = Node(1), Node(1)
a.next, b.next = Node(2), Node(2)
print(a == b)
b.next.val = 3
print(a == b)
a.next.next = a
b.next.val = 2
b.next.next = b
try:
    print(a == b)
except RecursionError as e:
    print(type(e).__name__)
print([a] == [a])
try:
    a == a
except RecursionError as e:
    print("a == a:", type(e).__name__)
print(a.next.next is a)
print("recovered")
