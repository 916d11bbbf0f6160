# os.path for the sandbox: pure string operations on POSIX paths; the file-system queries
# (exists, isfile, isdir, getsize) are OS calls the host answers.
import _monty

sep = "/"
curdir = "."
pardir = ".."


def _text(p, fname="path"):
    if isinstance(p, str):
        return p
    fspath = getattr(p, "__fspath__", None)
    if fspath is not None:
        return fspath()
    raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")


def join(a, *parts):
    path = _text(a)
    for b in parts:
        b = _text(b)
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    p = _text(p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def basename(p):
    p = _text(p)
    return p[p.rfind("/") + 1 :]


def dirname(p):
    return split(p)[0]


def splitext(p):
    p = _text(p)
    slash = p.rfind("/")
    dot = p.rfind(".")
    if dot > slash:
        i = slash + 1
        while i < dot:
            if p[i] != ".":
                return p[:dot], p[dot:]
            i += 1
    return p, ""


def isabs(p):
    return _text(p).startswith("/")


def normpath(p):
    p = _text(p)
    if not p:
        return "."
    initial = 0
    if p.startswith("/"):
        initial = 2 if p.startswith("//") and not p.startswith("///") else 1
    parts = []
    for comp in p.split("/"):
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial and not parts) or (parts and parts[-1] == ".."):
            parts.append(comp)
        elif parts:
            parts.pop()
    out = "/".join(parts)
    if initial:
        out = "/" * initial + out
    return out or "."


def exists(p):
    return _monty.os_call("Path.exists", _text(p))


def isfile(p):
    return _monty.os_call("Path.is_file", _text(p))


def isdir(p):
    return _monty.os_call("Path.is_dir", _text(p))


def getsize(p):
    return _monty.os_call("Path.stat", _text(p))["st_size"]


def abspath(p):
    p = _text(p)
    if not p.startswith("/"):
        p = join(_monty.os_call("os.getcwd"), p)
    return normpath(p)
