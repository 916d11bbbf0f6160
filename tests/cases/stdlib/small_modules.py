import bisect
import copy
import heapq
import operator
import string
import sys
import textwrap
from dataclasses import dataclass, field
from collections import namedtuple

print(string.ascii_letters, string.digits, string.hexdigits, string.punctuation, repr(string.whitespace))
print(string.capwords("hello   world  of python"), string.capwords("a-b c-d", "-"), len(string.printable))

a = [1, 2, 4, 4, 8]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 0), bisect.bisect_left(a, 9), bisect.bisect(a, 4, 0, 2))
bisect.insort(a, 3)
bisect.insort_left(a, 4)
print(a)
grades = [(60, "D"), (70, "C"), (80, "B"), (90, "A")]
print([grades[bisect.bisect([g for g, _ in grades], s) - 1][1] if s >= 60 else "F" for s in [55, 60, 75, 99]])
people = [("ann", 20), ("bob", 30), ("cy", 40)]
print(bisect.bisect_left(people, 30, key=lambda p: p[1]))
bisect.insort(people, ("dee", 35), key=lambda p: p[1])
print(people)

h = []
for x in [5, 1, 8, 3, 9, 2, 7, 1]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h, heapq.heappushpop(h, 4), heapq.heapreplace(h, 10), h)
data = [9, 5, 7, 1, 3, 8, 2, 6, 4, 0]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(len(data))])
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9]), heapq.nlargest(2, ["a", "ccc", "bb"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "eat")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(4)])

print(operator.add(2, 3), operator.mul("ab", 2), operator.itemgetter(1)([5, 6]), operator.itemgetter(0, 2)("xyz"), operator.neg(4), operator.abs(-3))
Point = namedtuple("Point", "x y")
pts = [Point(3, 1), Point(1, 2), Point(2, 0)]
print(sorted(pts, key=operator.attrgetter("x")), sorted(pts, key=operator.itemgetter(1)), operator.methodcaller("upper")("abc"))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), operator.contains([1, 2], 2), operator.truth(0), operator.getitem({"k": 1}, "k"))

@dataclass
class Config:
    name: str
    tags: list = field(default_factory=list)
    nested: dict = field(default_factory=dict)

c1 = Config("a", ["x"], {"k": [1]})
c2 = copy.copy(c1)
c3 = copy.deepcopy(c1)
c1.tags.append("y")
c1.nested["k"].append(2)
print(c2, c3, c2.tags is c1.tags, c3.tags is c1.tags)
orig = {"a": [1, [2, 3]], "b": (4, [5])}
shallow, deep = copy.copy(orig), copy.deepcopy(orig)
orig["a"][1].append(99)
orig["b"][1].append(6)
print(shallow, deep, copy.copy([1, 2]), copy.deepcopy(Point(1, [2])), copy.copy(5), copy.deepcopy("s"))
shared = [1]
pair = [shared, shared]
dup = copy.deepcopy(pair)
print(dup[0] is dup[1], dup[0] is shared)
loop = [1]
loop.append(loop)
cl = copy.deepcopy(loop)
print(cl[1] is cl, cl[0])

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return Custom(self.v + 100)
    def __repr__(self):
        return f"Custom({self.v})"

print(copy.copy(Custom(1)), copy.deepcopy([Custom(2)]))

text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=40))
print(textwrap.fill("a well-known fact about state-of-the-art systems", 12))
print(textwrap.shorten("Hello   world, this is a long sentence", width=20), textwrap.shorten("short", 20))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.fill("one two three four five", 10, initial_indent="* ", subsequent_indent="  "))
print(repr(textwrap.dedent("""
    def f():
        return 1
      
    x = 2
""")))
print(repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\nb", "+", lambda line: True)))
print(textwrap.wrap("word " * 5, 12, max_lines=2), textwrap.wrap("aaa bbb ccc ddd eee", 9, max_lines=2, placeholder="..."))

sys.stdout.write("written\n")
print(sys.maxsize, sys.version_info[0], sys.version_info.major, sys.byteorder, type(sys.argv).__name__, sys.getrecursionlimit())
try:
    sys.exit(3)
except SystemExit as e:
    print("exit", e.code)
