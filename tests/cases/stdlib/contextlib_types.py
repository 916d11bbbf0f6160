import contextlib
from contextlib import ExitStack, closing, contextmanager, nullcontext, suppress
from types import MappingProxyType, SimpleNamespace
import types


@contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"handled {e!r}")
    finally:
        log.append(f"</{name}>")


log = []
with tag("a", log) as value:
    log.append(value)
with tag("b", log):
    raise KeyError("missing")
try:
    with tag("c", log):
        raise ValueError("passes through")
except ValueError as e:
    log.append(f"outside: {e}")
print(log)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@tag("decorated", log := [])
def work(x):
    log.append(f"work {x}")
    return x * 2


print(work(21), log)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError:", e)


class Resource:
    def __init__(self, name, events):
        self.name, self.events = name, events

    def __enter__(self):
        self.events.append(f"open {self.name}")
        return self

    def __exit__(self, *exc):
        self.events.append(f"close {self.name}")
        return False

    def close(self):
        self.events.append(f"closed {self.name}")


events = []
with ExitStack() as stack:
    files = [stack.enter_context(Resource(n, events)) for n in ("x", "y")]
    stack.callback(events.append, "callback ran")
    events.append("body " + ",".join(f.name for f in files))
print(events)
events = []
try:
    with ExitStack() as stack:
        stack.enter_context(Resource("z", events))
        stack.push(lambda *exc: exc[0] is KeyError)
        raise KeyError("swallowed by push")
    print("after stack", events)
except KeyError:
    print("not swallowed")
with closing(Resource("c", events)) as r:
    pass
with nullcontext(42) as answer:
    print(answer, events[-1])

ns = SimpleNamespace(host="db", port=5432)
ns.user = "admin"
print(ns, ns.port, ns == SimpleNamespace(host="db", port=5432, user="admin"), vars(ns))
proxy = MappingProxyType({"a": 1})
print(proxy["a"], len(proxy), "a" in proxy, list(proxy.items()), proxy, repr(proxy))
try:
    proxy["b"] = 2
except TypeError as e:
    print("TypeError:", e)
print(types.FunctionType is type(work), isinstance(len, types.BuiltinFunctionType), types.NoneType)
