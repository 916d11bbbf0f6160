"""traceback: format and print exceptions with their tracebacks and chained causes.

Lines are CPython's except for the `^^^`/`~~~` markers under source lines, which differ
between CPython versions and are not shown."""

import sys
import _monty

__all__ = ["format_exc", "print_exc", "format_exception", "print_exception", "format_exception_only",
           "print_last"]

_SENTINEL = object()
_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"


def _type_name(exc_type):
    module = getattr(exc_type, "__module__", "builtins")
    name = getattr(exc_type, "__qualname__", exc_type.__name__)
    return name if module in ("builtins", "__main__") else f"{module}.{name}"


def format_exception_only(exc, /, value=_SENTINEL):
    if value is not _SENTINEL:
        exc = value
    if exc is None:
        return ["NoneType: None\n"]
    text = str(exc)
    name = _type_name(type(exc))
    lines = [f"{name}: {text}\n" if text else f"{name}\n"]
    for note in getattr(exc, "__notes__", ()):
        lines.append(f"{note}\n")
    return lines


def _format_one(exc, limit, lines):
    frames = _monty.exception_frames(exc)
    if limit is not None:
        frames = frames[:limit] if limit >= 0 else frames[limit:]
    if frames:
        lines.append("Traceback (most recent call last):\n")
        for filename, lineno, name, source in frames:
            lines.append(f'  File "{filename}", line {lineno}, in {name}\n')
            if source.strip():
                lines.append(f"    {source.strip()}\n")
    lines.extend(format_exception_only(exc))


def _format_chain(exc, limit, chain, seen, lines):
    seen.add(id(exc))
    if chain:
        cause, context = exc.__cause__, exc.__context__
        if cause is not None and id(cause) not in seen:
            _format_chain(cause, limit, chain, seen, lines)
            lines.append(_CAUSE)
        elif context is not None and not exc.__suppress_context__ and id(context) not in seen:
            _format_chain(context, limit, chain, seen, lines)
            lines.append(_CONTEXT)
    _format_one(exc, limit, lines)


def format_exception(exc, /, value=_SENTINEL, tb=_SENTINEL, limit=None, chain=True):
    if value is not _SENTINEL:
        exc = value
    if exc is None:
        return ["NoneType: None\n"]
    lines = []
    _format_chain(exc, limit, chain, set(), lines)
    return lines


def print_exception(exc, /, value=_SENTINEL, tb=_SENTINEL, limit=None, file=None, chain=True):
    out = sys.stderr if file is None else file
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        out.write(line)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    raise ValueError("no last exception")
