class Task:
    def __init__(self, name, priority, cost):
        self.name = name
        self.priority = priority
        self.cost = cost

    def __lt__(self, other):
        return (self.priority, self.name) < (other.priority, other.name)

    def __repr__(self):
        return f"{self.name}:{self.priority}:{self.cost}"

tasks = [Task("write", 2, 5), Task("test", 1, 3), Task("ship", 3, 1),
         Task("deploy", 1, 8), Task("review", 2, 2)]
print(sorted(tasks))
print(sorted(tasks, reverse=True))
print(min(tasks), max(tasks))
print(sorted(tasks, key=lambda t: t.cost))
print(min(tasks, key=lambda t: t.cost), max(tasks, key=lambda t: t.cost))
print(sorted(tasks, key=lambda t: -t.cost)[:2])
print(max(tasks, key=lambda t: len(t.name)))
print(min(tasks[:2]), max(tasks[3:]))
print(Task("a", 1, 0) > Task("b", 1, 0))
print(Task("a", 1, 0) < Task("b", 1, 0))
ordered = sorted(tasks)
print([t.name for t in ordered])
tasks.sort(key=lambda t: t.name)
print(tasks)
tasks.sort()
print(tasks)
print(sorted([Task("x", 1, 1)]))
print(min([Task("only", 5, 5)]))
print(max(Task("p", 1, 1), Task("q", 1, 1)))
print(sorted(tasks, key=lambda t: (t.cost % 2, t.name)))
