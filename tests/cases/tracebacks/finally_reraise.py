log = []

def step(n):
    try:
        log.append(f"start {n}")
        if n == 2:
            raise RuntimeError(f"step {n} failed")
        return n
    finally:
        log.append(f"end {n}")

for i in range(3):
    print(step(i), log)
