"""Distribute jobs to workers round-robin and with least-loaded balancing."""
from collections import deque, Counter
from itertools import cycle, count, islice, repeat, chain
import heapq

WORKERS = ["w1", "w2", "w3"]
JOBS = [("resize", 3), ("encode", 8), ("thumb", 1), ("ocr", 5), ("zip", 2), ("scan", 4), ("index", 6), ("ping", 1)]

print("== round robin ==")
assignments = {w: [] for w in WORKERS}
for (job, cost), worker in zip(JOBS, cycle(WORKERS)):
    assignments[worker].append((job, cost))
for w, jobs in assignments.items():
    print(f"  {w}: {[j for j, _ in jobs]} load={sum(c for _, c in jobs)}")

print("== least loaded (heap) ==")
heap = [(0, i, w) for i, w in enumerate(WORKERS)]
heapq.heapify(heap)
placed = {w: [] for w in WORKERS}
for job, cost in sorted(JOBS, key=lambda j: -j[1]):
    load, i, w = heapq.heappop(heap)
    placed[w].append(job)
    heapq.heappush(heap, (load + cost, i, w))
for load, _, w in sorted(heap):
    print(f"  {w}: {placed[w]} load={load}")

print("== time-sliced execution ==")
queue = deque((job, cost) for job, cost in JOBS[:4])
quantum = 2
ticks = count(1)
timeline = []
while queue:
    job, remaining = queue.popleft()
    used = min(quantum, remaining)
    t = next(ticks)
    timeline.append(f"{t}:{job}")
    if remaining - used > 0:
        queue.append((job, remaining - used))
    else:
        print(f"  tick {t}: {job} finished")
print("  timeline:", " ".join(timeline))

ids = [f"req-{n:03d}" for n in islice(count(start=100, step=7), 5)]
print("request ids:", ids)
colors = list(islice(cycle("RGB"), 10))
print("cycled colors:", "".join(colors), Counter(colors))
padding = list(chain(["x", "y"], repeat("-", 3)))
print("padded:", padding)
print("repeat with map:", list(map(pow, range(5), repeat(2))))
batches = [list(islice(iter(range(10)), i, i + 4)) for i in range(0, 10, 4)]
print("batches:", batches)
it = iter(range(10))
print("chunked:", list(iter(lambda: list(islice(it, 3)), [])))
