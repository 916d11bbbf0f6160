# pprint lays containers out as CPython does: sorted keys, widths, compact, depth, strings.
from collections import Counter, OrderedDict, defaultdict
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int
    tags: list = field(default_factory=list)


data = {
    "users": [{"name": "Ana", "roles": ["admin", "dev"], "active": True, "score": 91.5},
              {"name": "Bo", "roles": [], "active": False, "score": None}],
    "meta": {"version": (1, 2, 3), "count": 2, "ids": set(range(12)), "frozen": frozenset({3, 1, 2})},
    "b_key": "short",
    "a_key": "a much longer string value that will certainly not fit on one line of eighty columns " * 2,
    "nested": [[1, 2, [3, 4, [5, 6, [7, 8, [9, 10]]]]]] * 3,
    "single": (42,),
    "empty": [{}, [], (), set(), ""],
}
samples = [
    data,
    list(range(40)),
    {"z": 1, "a": 2},
    Counter("the quick brown fox jumps over the lazy dog and keeps running far away"),
    OrderedDict((f"key{i}", i * 1000) for i in range(12)),
    defaultdict(list, {f"group{i}": list(range(i)) for i in range(8)}),
    [Point(1, 2, ["a"] * 10), Point(3, 4)],
    "line one\nline two is much longer and goes on and on and on and on and on and on and on\n",
    {1: "one", "two": 2},
    [("alpha", 1), ("beta", 2)] * 6,
]

import pprint
for s in samples:
    pprint.pprint(s)
    for w in (20, 40, 60):
        print(pprint.pformat(s, width=w))
        print(pprint.pformat(s, width=w, compact=True, indent=2))
    print(pprint.pformat(s, depth=2), pprint.pformat(s, sort_dicts=False, width=50))
print(pprint.saferepr(data)[:100], pprint.isreadable(data), pprint.isrecursive([1]))
pprint.pp({"b": 1, "a": [1] * 30})
print(pprint.pformat(10**12, underscore_numbers=True))
