# os for the sandbox: environment variables and file-system queries are OS calls that the
# host answers (or refuses with PermissionError); nothing touches the real machine.
import _monty
import posixpath as path

name = "posix"
sep = "/"
linesep = "\n"
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"
devnull = "/dev/null"


def _key(key):
    if not isinstance(key, str):
        raise TypeError(f"str expected, not {type(key).__name__}")
    return key


class _Environ:
    def _all(self):
        return _monty.os_call("os.environ")

    def __getitem__(self, key):
        value = _monty.os_call("os.getenv", _key(key))
        if value is None:
            raise KeyError(key)
        return value

    def get(self, key, default=None):
        value = _monty.os_call("os.getenv", _key(key))
        return default if value is None else value

    def __contains__(self, key):
        return isinstance(key, str) and _monty.os_call("os.getenv", key) is not None

    def __setitem__(self, key, value):
        raise PermissionError("setting environment variables is not permitted in the sandbox")

    def __delitem__(self, key):
        raise PermissionError("deleting environment variables is not permitted in the sandbox")

    def keys(self):
        return self._all().keys()

    def values(self):
        return self._all().values()

    def items(self):
        return self._all().items()

    def copy(self):
        return dict(self._all())

    def __iter__(self):
        return iter(self._all())

    def __len__(self):
        return len(self._all())

    def __repr__(self):
        return "environ(" + repr(self._all()) + ")"


environ = _Environ()


def getenv(key, default=None):
    value = _monty.os_call("os.getenv", _key(key))
    return default if value is None else value


def getcwd():
    return _monty.os_call("os.getcwd")


def fspath(p):
    if isinstance(p, str):
        return p
    fs = getattr(type(p), "__fspath__", None)
    if fs is None:
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")
    return fs(p)


def listdir(p="."):
    return [path.basename(e) for e in _monty.os_call("Path.iterdir", fspath(p))]


def remove(p):
    _monty.os_call("Path.unlink", fspath(p))


unlink = remove


def mkdir(p, mode=0o777, exist_ok=False):
    _monty.os_call("Path.mkdir", fspath(p), parents=False, exist_ok=exist_ok)


def makedirs(p, mode=0o777, exist_ok=False):
    _monty.os_call("Path.mkdir", fspath(p), parents=True, exist_ok=exist_ok)


def rmdir(p):
    _monty.os_call("Path.rmdir", fspath(p))


def rename(src, dst):
    _monty.os_call("Path.rename", fspath(src), fspath(dst))


def stat(p):
    from pathlib import Path

    return Path(p).stat()
