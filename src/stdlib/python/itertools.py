"""Iterator building blocks, as generators (each runs in the VM like any Python code)."""

_MISSING = object()


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    saved = []
    for item in iterable:
        yield item
        saved.append(item)
    while saved:
        for item in saved:
            yield item


def repeat(obj, times=None):
    if times is None:
        while True:
            yield obj
    for _ in range(times):
        yield obj


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for item in it:
        total = total + item if func is None else func(total, item)
        yield total


def batched(iterable, n):
    if n < 1:
        raise ValueError("n must be at least one")
    it = iter(iterable)
    while True:
        batch = tuple(islice(it, n))
        if not batch:
            return
        yield batch


class chain:
    def __init__(self, *iterables):
        self._gen = (item for it in iterables for item in it)

    @classmethod
    def from_iterable(cls, iterables):
        made = cls()
        made._gen = (item for it in iterables for item in it)
        return made

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for item in it:
        if not predicate(item):
            yield item
            break
    for item in it:
        yield item


def takewhile(predicate, iterable):
    for item in iterable:
        if not predicate(item):
            return
        yield item


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for item in iterable:
        if not predicate(item):
            yield item


class groupby:
    """Consecutive runs of items with equal keys: (key, run) pairs; moving on to the next
    pair abandons what is left of the previous run."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key if key is not None else (lambda x: x)
        self._started = False
        self._done = False
        self._item = self._item_key = None
        self._group_key = _MISSING
        self._serial = 0

    def __iter__(self):
        return self

    def _read(self):
        try:
            item = next(self._it)
        except StopIteration:
            self._done = True
            return
        self._item, self._item_key = item, self._keyfunc(item)

    def __next__(self):
        if not self._started:
            self._started = True
            self._read()
        while not self._done and self._group_key is not _MISSING and self._item_key == self._group_key:
            self._read()
        if self._done:
            raise StopIteration
        self._group_key = self._item_key
        self._serial += 1
        return self._group_key, self._run(self._serial)

    def _run(self, serial):
        while not self._done and serial == self._serial and self._item_key == self._group_key:
            yield self._item
            self._read()


def islice(iterable, *args):
    s = slice(*args)
    start, stop, step = s.start or 0, s.stop, 1 if s.step is None else s.step
    if stop is not None and stop < 0:
        raise ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if start < 0:
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if step < 1:
        raise ValueError("Step for islice() must be a positive integer or None.")
    it = iter(iterable)
    wanted = start
    i = 0
    # Never take an item beyond `stop` from the underlying iterator.
    while stop is None or i < stop:
        try:
            item = next(it)
        except StopIteration:
            return
        if i == wanted:
            yield item
            wanted += step
        i += 1


def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def tee(iterable, n=2):
    it = iter(iterable)
    buffers = [[] for _ in range(n)]

    def gen(mine):
        while True:
            if not mine:
                try:
                    item = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(item)
            yield mine.pop(0)

    return tuple(gen(b) for b in buffers)


def zip_longest(*iterables, fillvalue=None):
    iterators = [iter(it) for it in iterables]
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*iterables, repeat=1):
    pools = [tuple(pool) for pool in iterables] * repeat
    if any(not pool for pool in pools):
        return
    # An odometer over the pools, the last one turning fastest.
    positions = [0] * len(pools)
    while True:
        yield tuple(pool[i] for pool, i in zip(pools, positions))
        k = len(pools) - 1
        while k >= 0:
            positions[k] += 1
            if positions[k] < len(pools[k]):
                break
            positions[k] = 0
            k -= 1
        if k < 0:
            return


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError("r must be non-negative")
    if r > n:
        return
    if r == 0:
        yield ()
        return
    # Depth-first over positions, in order of the input's indices.
    used = [False] * n
    chosen = []
    next_try = [0]
    while next_try:
        i = next_try[-1]
        while i < n and used[i]:
            i += 1
        if i == n:
            next_try.pop()
            if chosen:
                used[chosen.pop()] = False
            continue
        next_try[-1] = i + 1
        chosen.append(i)
        used[i] = True
        if len(chosen) == r:
            yield tuple(pool[j] for j in chosen)
            used[chosen.pop()] = False
        else:
            next_try.append(0)


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError("r must be non-negative")
    if r > n:
        return
    # Increasing index tuples in lexicographic order.
    picks = list(range(r))
    while True:
        yield tuple(pool[i] for i in picks)
        k = r - 1
        while k >= 0 and picks[k] == n - r + k:
            k -= 1
        if k < 0:
            return
        picks[k] += 1
        for j in range(k + 1, r):
            picks[j] = picks[j - 1] + 1


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError("r must be non-negative")
    if r and not n:
        return
    # Non-decreasing index tuples in lexicographic order.
    picks = [0] * r
    while True:
        yield tuple(pool[i] for i in picks)
        k = r - 1
        while k >= 0 and picks[k] == n - 1:
            k -= 1
        if k < 0:
            return
        value = picks[k] + 1
        for j in range(k, r):
            picks[j] = value
