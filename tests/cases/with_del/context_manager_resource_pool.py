class Pool:
    def __init__(self, size):
        self.free = [f"conn{i}" for i in range(size)]
        self.in_use = []

    def acquire(self):
        return Lease(self)


class Lease:
    def __init__(self, pool):
        self.pool = pool
        self.conn = None

    def __enter__(self):
        if not self.pool.free:
            raise RuntimeError("pool exhausted")
        self.conn = self.pool.free.pop(0)
        self.pool.in_use.append(self.conn)
        print("acquired", self.conn)
        return self.conn

    def __exit__(self, et, ev, tb):
        self.pool.in_use.remove(self.conn)
        self.pool.free.append(self.conn)
        print("released", self.conn, "after error" if et else "cleanly")
        return False


pool = Pool(2)
with pool.acquire() as c1:
    with pool.acquire() as c2:
        print("using", c1, c2)
        print("free now:", pool.free)
        try:
            with pool.acquire() as c3:
                print("never", c3)
        except RuntimeError as e:
            print("error:", e)
print("free:", pool.free, "in use:", pool.in_use)

try:
    with pool.acquire() as c:
        raise ValueError(f"query failed on {c}")
except ValueError as e:
    print("caught:", e)
print("free:", pool.free)
