"""A small priority task queue using heapq and ordered dataclasses."""
import heapq
from dataclasses import dataclass, field
from enum import Enum
from itertools import count


class Priority(Enum):
    CRITICAL = 0
    HIGH = 1
    NORMAL = 2
    LOW = 3


@dataclass(order=True)
class Task:
    sort_key: tuple = field(init=False, repr=False)
    priority: Priority = field(compare=False)
    seq: int = field(compare=False)
    name: str = field(compare=False)
    cost: int = field(default=1, compare=False)

    def __post_init__(self):
        self.sort_key = (self.priority.value, self.seq)


class Scheduler:
    def __init__(self):
        self._heap = []
        self._seq = count()

    def submit(self, name, priority=Priority.NORMAL, cost=1):
        task = Task(priority, next(self._seq), name, cost)
        heapq.heappush(self._heap, task)
        return task

    def run(self, budget):
        done = []
        while self._heap and budget > 0:
            task = heapq.heappop(self._heap)
            if task.cost > budget:
                print(f"  deferring {task.name} (cost {task.cost} > budget {budget})")
                heapq.heappush(self._heap, task)
                break
            budget -= task.cost
            done.append(task.name)
            print(f"  ran {task.name:<18} [{task.priority.name}] remaining budget {budget}")
        return done

    def pending(self):
        return [t.name for t in sorted(self._heap)]


s = Scheduler()
s.submit("write report", Priority.NORMAL, 3)
s.submit("fix prod outage", Priority.CRITICAL, 5)
s.submit("reply emails", Priority.LOW, 1)
s.submit("review PR", Priority.HIGH, 2)
s.submit("update deps", Priority.NORMAL, 2)
s.submit("rotate keys", Priority.CRITICAL, 1)
print("pending:", s.pending())
print("round 1:")
print("done:", s.run(9))
print("pending:", s.pending())
print("round 2:")
print("done:", s.run(10))
print("empty now:", s.pending() == [])

nums = [15, 3, 27, 8, 1, 42, 19]
print("3 smallest:", heapq.nsmallest(3, nums), "3 largest:", heapq.nlargest(3, nums))
heapq.heapify(nums)
print("heap root:", nums[0], "pushpop:", heapq.heappushpop(nums, 0), "replace:", heapq.heapreplace(nums, 100))
print("merged:", list(heapq.merge([1, 4, 9], [2, 3, 10], [5])))
print(Priority.HIGH, Priority["LOW"].value, Priority(0).name, [p.name for p in Priority])
