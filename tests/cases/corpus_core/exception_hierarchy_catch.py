def risky(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "index":
        return [1, 2, 3][5]
    if kind == "key":
        return {"a": 1}["b"]
    if kind == "overflow":
        return 10.0 ** 400
    if kind == "unicode":
        return "caf\u00e9".encode("ascii")
    if kind == "notimpl":
        raise NotImplementedError("todo: implement " + kind)
    if kind == "recursion":
        raise RecursionError("pretend too deep")
    if kind == "stop":
        return next(iter(()))
    if kind == "assert":
        assert kind == "other", "assertion message here"
    return "fine"

handlers = [
    (ArithmeticError, "ArithmeticError"),
    (LookupError, "LookupError"),
    (ValueError, "ValueError"),
    (RuntimeError, "RuntimeError"),
    (Exception, "Exception"),
]
for kind in ["zero", "index", "key", "overflow", "unicode", "notimpl", "recursion", "stop", "assert", "none"]:
    try:
        r = risky(kind)
        print(f"{kind:>10}: returned {r!r}")
    except Exception as e:
        caught_by = next(name for cls, name in handlers if isinstance(e, cls))
        print(f"{kind:>10}: {type(e).__name__} caught as {caught_by}")

print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError),
      issubclass(IndexError, LookupError), issubclass(UnicodeError, ValueError),
      issubclass(NotImplementedError, RuntimeError), issubclass(StopIteration, Exception),
      issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception))
print([c.__name__ for c in (KeyError, FileNotFoundError, TimeoutError)],
      issubclass(FileNotFoundError, OSError), issubclass(TimeoutError, OSError))

def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup:{type(e).__name__}"
    except ArithmeticError as e:
        return f"math:{type(e).__name__}"
    except Exception as e:
        return f"other:{type(e).__name__}"
print([classify(e) for e in (KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(), TypeError(), ValueError)])
