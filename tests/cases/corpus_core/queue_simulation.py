arrivals = [(0, 3), (1, 2), (2, 4), (3, 1), (5, 2), (6, 5), (6, 1), (8, 2), (12, 3), (13, 1)]

def simulate(servers):
    free_at = [0] * servers
    served_by = [0] * servers
    waits = []
    timeline = []
    for cid, (arrive, duration) in enumerate(arrivals):
        idx = min(range(servers), key=lambda s: (free_at[s], s))
        start = max(arrive, free_at[idx])
        wait = start - arrive
        free_at[idx] = start + duration
        served_by[idx] += 1
        waits.append(wait)
        timeline.append((cid, idx, arrive, start, start + duration, wait))
    return waits, timeline, served_by, max(free_at)

for servers in (1, 2, 3):
    waits, timeline, served_by, makespan = simulate(servers)
    print(f"=== {servers} server(s) ===")
    if servers == 2:
        print(f"{'cust':>4} {'srv':>3} {'arr':>3} {'start':>5} {'end':>3} {'wait':>4}")
        for row in timeline:
            print(f"{row[0]:>4} {row[1]:>3} {row[2]:>3} {row[3]:>5} {row[4]:>3} {row[5]:>4}")
    avg = sum(waits) / len(waits)
    print(f"avg wait {avg:.2f}, max wait {max(waits)}, waited: {sum(1 for w in waits if w)}")
    print(f"served per server {served_by}, finished at t={makespan}")
    busy = sum(d for _, d in arrivals)
    print(f"utilization {busy / (servers * makespan):.1%}")

queue = []
log = []
for t in range(8):
    if t % 2 == 0:
        queue.append(f"job{t}")
        log.append(f"t={t} enqueue job{t} -> {queue}")
    if t % 3 == 2 and queue:
        job = queue.pop(0)
        log.append(f"t={t} dequeue {job} -> {queue}")
print("\n".join(log))
