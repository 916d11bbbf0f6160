# asyncio for the sandbox: the event loop runs inside the interpreter, as Python. Coroutines
# are generators; whatever a task awaits is yielded up to its Task, which waits on it.
# Host calls answered with "future" become Futures resolved by `_monty.wait_futures()` (the
# host's ResolveFutures step) when no task can run. Sleeps use a virtual clock: when only
# sleepers remain, the loop tells the host how long it skips (an `asyncio.sleep` OS call).
import _monty


class _Fifo(list):
    """First in, first out: what the loop and the primitives need of a deque, without importing
    collections into every async program."""

    def popleft(self):
        return self.pop(0)


class CancelledError(BaseException):
    pass


class InvalidStateError(Exception):
    pass


TimeoutError = TimeoutError

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"

_running_loop = None
_current_task = None


def _get_loop():
    if _running_loop is None:
        raise RuntimeError("no running event loop")
    return _running_loop


def get_running_loop():
    return _get_loop()


def get_event_loop():
    return _get_loop()


def current_task(loop=None):
    return _current_task


def all_tasks(loop=None):
    return {t for t in _get_loop()._tasks if not t.done()}


def iscoroutine(obj):
    return type(obj).__name__ == "coroutine"


class Future:
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def _cancelled_error(self):
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def result(self):
        if self._state == _CANCELLED:
            raise self._cancelled_error()
        if self._state == _PENDING:
            raise InvalidStateError("Result is not set.")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._cancelled_error()
        if self._state == _PENDING:
            raise InvalidStateError("Exception is not set.")
        return self._exception

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError(f"{self._state}: {self!r}")
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError(f"{self._state}: {self!r}")
        if isinstance(exception, type):
            exception = exception()
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            _get_loop().call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        before = len(self._callbacks)
        self._callbacks = [cb for cb in self._callbacks if cb != fn]
        return before - len(self._callbacks)

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        self._callbacks = []
        if callbacks:
            loop = _get_loop()
            for cb in callbacks:
                loop.call_soon(cb, self)

    def __await__(self):
        if not self.done():
            yield self
        return self.result()

    __iter__ = __await__

    def __repr__(self):
        state = self._state.lower()
        if self._state == _FINISHED:
            if self._exception is not None:
                return f"<Future finished exception={self._exception!r}>"
            return f"<Future finished result={self._result!r}>"
        return f"<Future {state}>"


_task_counter = 0


class Task(Future):
    def __init__(self, coro, *, loop=None, name=None, context=None):
        global _task_counter
        super().__init__()
        if not iscoroutine(coro):
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        _task_counter += 1
        self._coro = coro
        self._name = str(name) if name is not None else f"Task-{_task_counter}"
        self._must_cancel = False
        self._fut_waiter = None
        loop = _get_loop()
        loop._tasks.append(self)
        loop.call_soon(self._step)

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancel(self, msg=None):
        if self.done():
            return False
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _step(self, exc=None, value=None):
        global _current_task
        if self.done():
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        previous = _current_task
        _current_task = self
        try:
            if exc is None:
                result = self._coro.send(value)
            else:
                result = self._coro.throw(exc)
        except StopIteration as e:
            super().set_result(e.value)
        except CancelledError as e:
            self._cancel_message = e.args[0] if e.args else None
            super().cancel(msg=self._cancel_message)
        except BaseException as e:
            super().set_exception(e)
        else:
            self._wait_on(result)
        finally:
            _current_task = previous

    def _wait_on(self, result):
        loop = _get_loop()
        if _monty.is_future(result):
            result = loop._host_future(result)
        if isinstance(result, Future):
            if result is self:
                loop.call_soon(self._step, RuntimeError(f"Task cannot await on itself: {self!r}"))
                return
            self._fut_waiter = result
            result.add_done_callback(self._wakeup)
            if self._must_cancel and result.cancel(msg=self._cancel_message):
                self._must_cancel = False
        elif result is None:
            loop.call_soon(self._step)
        else:
            loop.call_soon(self._step, RuntimeError(f"Task got bad yield: {result!r}"))

    def _wakeup(self, fut):
        try:
            value = fut.result()
        except BaseException as e:
            self._step(e)
        else:
            self._step(None, value)

    def __repr__(self):
        if self._state == _PENDING:
            return f"<Task pending name={self._name!r}>"
        if self._state == _CANCELLED:
            return f"<Task cancelled name={self._name!r}>"
        if self._exception is not None:
            return f"<Task finished name={self._name!r} exception={self._exception!r}>"
        return f"<Task finished name={self._name!r} result={self._result!r}>"


class _Loop:
    def __init__(self):
        self._ready = _Fifo()
        self._host = {}
        self._early_results = {}
        self._timers = []
        self._time = 0.0
        self._tasks = []

    def time(self):
        return self._time

    def call_soon(self, callback, *args, context=None):
        self._ready.append((callback, args))

    def create_task(self, coro, *, name=None, context=None):
        return Task(coro, name=name)

    def create_future(self):
        return Future()

    def _timer(self, delay):
        fut = Future()
        self._timers.append((self._time + delay, len(self._timers), fut))
        return fut

    def _host_future(self, handle):
        call_id = _monty.future_id(handle)
        fut = self._host.get(call_id)
        if fut is None:
            fut = Future()
            self._host[call_id] = fut
            if call_id in self._early_results:
                ok, value = self._early_results.pop(call_id)
                if ok:
                    fut.set_result(value)
                else:
                    fut.set_exception(value)
        return fut

    def _run_once(self):
        if self._ready:
            for _ in range(len(self._ready)):
                callback, args = self._ready.popleft()
                callback(*args)
            return
        if any(not f.done() for f in self._host.values()):
            for call_id, ok, value in _monty.wait_futures():
                fut = self._host.get(call_id)
                if fut is None:
                    self._early_results[call_id] = (ok, value)
                    continue
                del self._host[call_id]
                if fut.done():
                    continue
                if ok:
                    fut.set_result(value)
                else:
                    fut.set_exception(value)
            return
        timers = [t for t in self._timers if not t[2].done()]
        if timers:
            when = min(t[0] for t in timers)
            if when > self._time:
                answer = _monty.os_call("asyncio.sleep", when - self._time)
                if _monty.is_future(answer):
                    self._host_future(answer)
                    while any(not f.done() for f in self._host.values()):
                        self._run_once()
                self._time = when
            remaining = []
            for t in timers:
                if t[0] <= self._time:
                    t[2].set_result(None)
                else:
                    remaining.append(t)
            self._timers = remaining
            return
        raise RuntimeError("the event loop is stuck: every task is waiting and nothing can wake them")

    def run_until_complete(self, future):
        future = ensure_future(future)
        while not future.done():
            self._run_once()
        return future.result()


def _cancel_all(loop):
    pending = [t for t in loop._tasks if not t.done()]
    for t in pending:
        t.cancel()
    rounds = 0
    while any(not t.done() for t in pending) and rounds < 10000:
        rounds += 1
        try:
            loop._run_once()
        except RuntimeError:
            break


def run(main, *, debug=None):
    global _running_loop
    if _running_loop is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError(f"a coroutine was expected, got {main!r}")
    loop = _Loop()
    _running_loop = loop
    try:
        task = Task(main)
        return loop.run_until_complete(task)
    finally:
        try:
            _cancel_all(loop)
        finally:
            _running_loop = None


def create_task(coro, *, name=None, context=None):
    return Task(coro, name=name)


def ensure_future(obj, *, loop=None):
    if isinstance(obj, Future):
        return obj
    if iscoroutine(obj):
        return Task(obj)
    if _monty.is_future(obj):
        return _get_loop()._host_future(obj)
    if hasattr(type(obj), "__await__"):
        return Task(_wrap_awaitable(obj))
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


async def _wrap_awaitable(aw):
    return await aw


class _Yield:
    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _Yield()
        return result
    await _get_loop()._timer(delay)
    return result


class _GatheringFuture(Future):
    def __init__(self, children):
        super().__init__()
        self._children = children

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        return ret


def gather(*aws, return_exceptions=False):
    loop = _get_loop()
    children = []
    seen = {}
    for a in aws:
        key = id(a)
        if key in seen:
            children.append(seen[key])
            continue
        fut = ensure_future(a)
        seen[key] = fut
        children.append(fut)
    outer = _GatheringFuture(children)
    if not children:
        outer.set_result([])
        return outer
    state = {"done": 0}
    total = len(children)

    def on_done(fut):
        state["done"] += 1
        if outer.done():
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._cancelled_error())
                return
            if fut.exception() is not None:
                outer.set_exception(fut.exception())
                return
        if state["done"] == total:
            results = []
            for child in children:
                if child.cancelled():
                    results.append(child._cancelled_error())
                elif child.exception() is not None:
                    results.append(child.exception())
                else:
                    results.append(child.result())
            outer.set_result(results)

    for child in set(children):
        child.add_done_callback(on_done)
    total = len(set(children))
    return outer


async def wait_for(fut, timeout):
    fut = ensure_future(fut)
    if timeout is None:
        return await fut
    if timeout <= 0 and not fut.done():
        fut.cancel()
        raise TimeoutError()
    timer = _get_loop()._timer(timeout)
    waiter = Future()

    def wake(_):
        if not waiter.done():
            waiter.set_result(None)

    fut.add_done_callback(wake)
    timer.add_done_callback(wake)
    try:
        await waiter
    except CancelledError:
        fut.cancel()
        raise
    if fut.done():
        timer.cancel()
        return fut.result()
    fut.remove_done_callback(wake)
    fut.cancel()
    try:
        await fut
    except CancelledError:
        pass
    raise TimeoutError()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    fs = {ensure_future(f) for f in fs}
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    waiter = Future()
    timer = _get_loop()._timer(timeout) if timeout is not None else None

    def check(_=None):
        if waiter.done():
            return
        done = [f for f in fs if f.done()]
        if return_when == FIRST_COMPLETED and done:
            waiter.set_result(None)
        elif return_when == FIRST_EXCEPTION and any(
            not f.cancelled() and f.exception() is not None for f in done
        ):
            waiter.set_result(None)
        elif len(done) == len(fs):
            waiter.set_result(None)

    for f in fs:
        f.add_done_callback(check)
    if timer is not None:
        timer.add_done_callback(lambda _: waiter.done() or waiter.set_result(None))
    check()
    await waiter
    done = {f for f in fs if f.done()}
    return done, fs - done


def as_completed(fs, *, timeout=None):
    loop = _get_loop()
    todo = [ensure_future(f) for f in fs]
    finished = Queue()
    for f in todo:
        f.add_done_callback(finished.put_nowait)
    deadline = None if timeout is None else loop.time() + timeout

    async def next_done():
        if deadline is None:
            f = await finished.get()
        else:
            f = await wait_for(finished.get(), deadline - loop.time())
        return f.result()

    for _ in range(len(todo)):
        yield next_done()


async def shield(arg):
    return await ensure_future(arg)


async def _wait_in(waiters):
    # Park the current task on a new future in `waiters` until someone wakes it.
    fut = Future()
    waiters.append(fut)
    try:
        await fut
    finally:
        if fut in waiters:
            waiters.remove(fut)


def _wake_first(waiters):
    for fut in waiters:
        if not fut.done():
            fut.set_result(True)
            break


class _AcquireContext:
    """`async with` for Lock and Semaphore: acquire on entry, release on exit."""

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_AcquireContext):
    def __init__(self):
        self._locked = False
        self._waiters = _Fifo()

    def locked(self):
        return self._locked

    async def acquire(self):
        if self._locked or self._waiters:
            await _wait_in(self._waiters)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        _wake_first(self._waiters)


class Semaphore(_AcquireContext):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = _Fifo()

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            await _wait_in(self._waiters)
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        _wake_first(self._waiters)


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()


class Event:
    def __init__(self):
        self._value = False
        self._waiters = []

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if not self._value:
            await _wait_in(self._waiters)
        return True


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._items = _Fifo()
        self._getters = _Fifo()
        self._putters = _Fifo()
        self._unfinished = 0
        self._finished = Event()
        self._finished.set()

    def qsize(self):
        return len(self._items)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._items

    def full(self):
        return 0 < self._maxsize <= len(self._items)

    def _wake(self, waiters):
        while waiters:
            fut = waiters.popleft()
            if not fut.done():
                fut.set_result(None)
                break

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._items.append(item)
        self._unfinished += 1
        self._finished.clear()
        self._wake(self._getters)

    async def put(self, item):
        while self.full():
            fut = Future()
            self._putters.append(fut)
            await fut
        self.put_nowait(item)

    def get_nowait(self):
        if not self._items:
            raise QueueEmpty
        item = self._items.popleft()
        self._wake(self._putters)
        return item

    async def get(self):
        while not self._items:
            fut = Future()
            self._getters.append(fut)
            await fut
        return self.get_nowait()

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished -= 1
        if self._unfinished == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished > 0:
            await self._finished.wait()
