class TaskFailed(Exception):
    pass

class Task:
    def __init__(self, name, priority, fail_times=0):
        self.name = name
        self.priority = priority
        self.fail_times = fail_times
        self.attempts = 0
        self.status = "pending"

    def run(self):
        self.attempts += 1
        if self.attempts <= self.fail_times:
            raise TaskFailed(f"{self.name} attempt {self.attempts} failed")
        self.status = "done"
        return f"{self.name} ok after {self.attempts}"

class Worker:
    max_retries = 2

    def __init__(self, name):
        self.name = name
        self.queue = []
        self.results = []
        self.errors = []

    def submit(self, task):
        if not isinstance(task, Task):
            raise TypeError(f"expected Task, got {type(task).__name__}")
        self.queue.append(task)
        self.queue.sort(key=lambda t: (-t.priority, t.name))

    def run_all(self):
        while self.queue:
            task = self.queue.pop(0)
            try:
                self.results.append(task.run())
            except TaskFailed as e:
                self.errors.append(str(e))
                if task.attempts <= self.max_retries:
                    self.submit(task)
                else:
                    task.status = "failed"

w = Worker("w1")
tasks = [Task("index", 1), Task("fetch", 3, fail_times=1), Task("parse", 2, fail_times=5), Task("alert", 3)]
for t in tasks:
    w.submit(t)
print([t.name for t in w.queue])
try:
    w.submit("not a task")
except TypeError as e:
    print("TypeError:", e)
w.run_all()
for r in w.results:
    print(r)
for e in w.errors:
    print("error:", e)
for t in tasks:
    print(t.name, t.status, t.attempts)
print(len(w.queue))
