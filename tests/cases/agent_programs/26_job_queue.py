"""Priority job queue with retries, worker classes and a results summary."""
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Dict, List, Optional

class JobFailed(Exception):
    pass

class TransientError(JobFailed): pass
class PermanentError(JobFailed): pass

@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    kind: str = field(compare=False)
    payload: dict = field(compare=False, default_factory=dict)
    attempts: int = field(compare=False, default=0)

class PriorityQueue:
    def __init__(self) -> None:
        self._jobs: List[Job] = []
        self._seq = 0

    def put(self, name: str, kind: str, priority: int = 5, **payload) -> Job:
        self._seq += 1
        job = Job(priority, self._seq, name, kind, payload)
        self._insert(job)
        return job

    def _insert(self, job: Job) -> None:
        idx = next((i for i, other in enumerate(self._jobs) if job < other), len(self._jobs))
        self._jobs.insert(idx, job)

    def requeue(self, job: Job) -> None:
        job.priority += 1
        self._insert(job)

    def get(self) -> Optional[Job]:
        return self._jobs.pop(0) if self._jobs else None

    def __len__(self) -> int:
        return len(self._jobs)

class Worker:
    kinds: tuple = ()

    def __init__(self, name: str) -> None:
        self.name = name
        self.done = 0

    def run(self, job: Job) -> str:
        raise NotImplementedError

class MathWorker(Worker):
    kinds = ("square", "divide")

    def run(self, job: Job) -> str:
        match job.kind, job.payload:
            case "square", {"n": int(n)}:
                return f"{n}^2={n * n}"
            case "divide", {"a": a, "b": 0}:
                raise PermanentError(f"{a}/0 is undefined")
            case "divide", {"a": a, "b": b}:
                return f"{a}/{b}={a / b:.3f}"
        raise PermanentError(f"bad payload {job.payload}")

class NetWorker(Worker):
    kinds = ("fetch",)
    flaky: Dict[str, int] = {"api.slow": 2, "api.down": 99}

    def run(self, job: Job) -> str:
        host = job.payload["host"]
        if job.attempts <= self.flaky.get(host, 0):
            raise TransientError(f"timeout contacting {host} (attempt {job.attempts})")
        return f"fetched {host} on attempt {job.attempts}"

def process(queue: PriorityQueue, workers: List[Worker], max_attempts: int = 3) -> Dict[str, list]:
    outcome: Dict[str, list] = defaultdict(list)
    while queue:
        job = queue.get()
        job.attempts += 1
        worker = next((w for w in workers if job.kind in w.kinds), None)
        if worker is None:
            outcome["unroutable"].append(job.name)
            print(f"  {job.name:<8} p={job.priority} no worker for kind {job.kind!r}")
            continue
        try:
            result = worker.run(job)
        except TransientError as exc:
            if job.attempts < max_attempts:
                queue.requeue(job)
                print(f"  {job.name:<8} p={job.priority - 1} retry: {exc}")
            else:
                outcome["failed"].append(job.name)
                print(f"  {job.name:<8} gave up after {job.attempts} attempts")
        except PermanentError as exc:
            outcome["failed"].append(job.name)
            print(f"  {job.name:<8} p={job.priority} permanent failure: {exc}")
        else:
            worker.done += 1
            outcome["ok"].append(job.name)
            print(f"  {job.name:<8} p={job.priority} [{worker.name}] {result}")
    return outcome

q = PriorityQueue()
for name, kind, prio, payload in [
        ("sq7", "square", 3, {"n": 7}), ("div", "divide", 2, {"a": 10, "b": 4}),
        ("div0", "divide", 2, {"a": 1, "b": 0}), ("slow", "fetch", 1, {"host": "api.slow"}),
        ("down", "fetch", 4, {"host": "api.down"}), ("email", "email", 1, {"to": "x@y"}),
        ("sqbad", "square", 5, {"n": "three"})]:
    q.put(name, kind, prio, **payload)
print(f"queued {len(q)} jobs")
workers = [MathWorker("math-1"), NetWorker("net-1")]
result = process(q, workers)
for status in ("ok", "failed", "unroutable"):
    print(f"{status:>10}: {result.get(status, [])}")
print("per worker:", {w.name: w.done for w in workers})
print("status counts:", Counter({k: len(v) for k, v in result.items()}).most_common())
