from typing import Any, Generic, List, Optional, TypeVar, Tuple
from dataclasses import dataclass, field

T = TypeVar("T")


class EmptyQueue(Exception):
    pass


class MinHeap(Generic[T]):
    def __init__(self, items: Optional[List[T]] = None):
        self.data: List[T] = []
        for it in items or []:
            self.push(it)

    def push(self, item: T):
        self.data.append(item)
        i = len(self.data) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.data[i] < self.data[parent]:
                self.data[i], self.data[parent] = self.data[parent], self.data[i]
                i = parent
            else:
                break

    def pop(self) -> T:
        if not self.data:
            raise EmptyQueue("pop from empty heap")
        top = self.data[0]
        last = self.data.pop()
        if self.data:
            self.data[0] = last
            i, n = 0, len(self.data)
            while True:
                l, r, small = 2 * i + 1, 2 * i + 2, i
                if l < n and self.data[l] < self.data[small]:
                    small = l
                if r < n and self.data[r] < self.data[small]:
                    small = r
                if small == i:
                    break
                self.data[i], self.data[small] = self.data[small], self.data[i]
                i = small
        return top

    def peek(self) -> T:
        if not self.data:
            raise EmptyQueue("peek at empty heap")
        return self.data[0]

    def __len__(self):
        return len(self.data)

    def __bool__(self):
        return bool(self.data)

    def drain(self):
        while self:
            yield self.pop()


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    payload: dict = field(default_factory=dict, compare=False)


h = MinHeap([5, 3, 8, 1, 9, 2, 7])
print("peek:", h.peek(), "len:", len(h))
print("drained:", list(h.drain()))
try:
    h.pop()
except EmptyQueue as e:
    print("empty:", e)

jobs = MinHeap()
counter = 0
for prio, name in [(2, "email"), (1, "page-oncall"), (3, "cleanup"), (1, "restart-db"), (2, "report")]:
    counter += 1
    jobs.push(Job(prio, counter, name, {"attempt": 0}))
print("next job:", jobs.peek())
while jobs:
    j = jobs.pop()
    j.payload["attempt"] += 1
    print(f"run p{j.priority} #{j.seq} {j.name:<12} attempt {j.payload['attempt']}")
    if j.name == "report" and j.payload["attempt"] < 3:
        counter += 1
        jobs.push(Job(j.priority + 1, counter, j.name, j.payload))
        print("   requeued report at priority", j.priority + 1)

words = MinHeap(["pear", "apple", "fig", "banana", "cherry"])
print("words sorted:", [words.pop() for _ in range(len(words))])
pairs = MinHeap([(3, "c"), (1, "z"), (1, "a"), (2, "b")])
print("tuples:", list(pairs.drain()))
k_largest = sorted([4, 1, 7, 3, 9, 2, 8], reverse=True)[:3]
print("3 largest:", k_largest)
