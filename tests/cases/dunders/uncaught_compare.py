class Job:
    def __init__(self, name, prio):
        self.name = name
        self.prio = prio

    def __repr__(self):
        return f"Job({self.name}, {self.prio})"

jobs = [Job("b", 2), Job("a", 1)]
print(sorted(jobs, key=lambda j: j.prio))
print(min(jobs, key=lambda j: j.name))
print(max(jobs, key=lambda j: (j.prio, j.name)))
print([j.name for j in sorted(jobs, key=lambda j: j.name, reverse=True)])
print(sorted(jobs[:1]))
print(sorted(jobs))
print("unreachable")
