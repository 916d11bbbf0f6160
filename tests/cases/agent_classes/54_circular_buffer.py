from typing import Generic, TypeVar, List, Optional, Iterator

T = TypeVar("T")


class BufferFull(Exception):
    pass


class RingBuffer(Generic[T]):
    def __init__(self, capacity: int, overwrite: bool = True):
        self.capacity = capacity
        self.overwrite = overwrite
        self._data: List[Optional[T]] = [None] * capacity
        self._start = 0
        self._len = 0

    def push(self, item: T) -> Optional[T]:
        dropped = None
        if self._len == self.capacity:
            if not self.overwrite:
                raise BufferFull(f"buffer of {self.capacity} is full")
            dropped = self._data[self._start]
            self._data[self._start] = item
            self._start = (self._start + 1) % self.capacity
        else:
            self._data[(self._start + self._len) % self.capacity] = item
            self._len += 1
        return dropped

    def pop(self) -> T:
        if not self._len:
            raise IndexError("pop from empty buffer")
        item = self._data[self._start]
        self._data[self._start] = None
        self._start = (self._start + 1) % self.capacity
        self._len -= 1
        return item

    def __len__(self):
        return self._len

    def __getitem__(self, i: int) -> T:
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError(f"index {i} out of range")
        return self._data[(self._start + i) % self.capacity]

    def __iter__(self) -> Iterator[T]:
        for i in range(self._len):
            yield self[i]

    def __repr__(self):
        return f"RingBuffer({list(self)}, cap={self.capacity})"

    def __eq__(self, other):
        return isinstance(other, RingBuffer) and list(self) == list(other)


def moving_average(values, window: int):
    buf: RingBuffer[float] = RingBuffer(window)
    for v in values:
        buf.push(v)
        yield round(sum(buf) / len(buf), 3)


rb = RingBuffer(4)
for i in range(1, 8):
    dropped = rb.push(i * 10)
    print(f"push {i * 10:>3}: {rb!r} dropped={dropped}")
print("rb[0], rb[-1]:", rb[0], rb[-1], "| raw slots:", rb._data, "| start:", rb._start)
print("pop:", rb.pop(), rb.pop(), "->", rb)
rb.push(99)
print("after push:", rb, "len", len(rb), "| 99 in rb:", 99 in rb, "| 10 in rb:", 10 in rb)
try:
    rb[5]
except IndexError as e:
    print("IndexError:", e)
strict = RingBuffer(2, overwrite=False)
try:
    for x in "abc":
        strict.push(x)
        print("strict pushed", x)
except BufferFull as e:
    print("BufferFull:", e)
while True:
    try:
        print("drain:", strict.pop())
    except IndexError as e:
        print("stop:", e)
        break
prices = [10, 11, 12, 13, 12, 11, 15, 20, 18, 17]
print("moving avg(3):", list(moving_average(prices, 3)))
a, b = RingBuffer(3), RingBuffer(5)
for x in [1, 2, 3, 4]:
    a.push(x)
for x in [2, 3, 4]:
    b.push(x)
print("equal contents:", a == b, "| sorted desc:", sorted(a, reverse=True), "| max:", max(a))
