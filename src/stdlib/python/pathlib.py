# pathlib for the sandbox: PurePosixPath's string logic in Python; every file-system
# operation of Path is an OS call that the host answers (or refuses with PermissionError).
import _monty


def _parse(args):
    text = ""
    for a in args:
        if isinstance(a, PurePath):
            a = a._path
        elif not isinstance(a, str):
            fs = getattr(type(a), "__fspath__", None)
            if fs is None:
                raise TypeError(
                    f"expected str, bytes or os.PathLike object, not {type(a).__name__}"
                )
            a = fs(a)
        if a.startswith("/"):
            text = a
        elif a:
            text = a if not text else (text + "/" + a if not text.endswith("/") else text + a)
    root = ""
    if text.startswith("/"):
        root = "//" if text.startswith("//") and not text.startswith("///") else "/"
    parts = [p for p in text.split("/") if p and p != "."]
    return root, parts


class PurePath:
    __slots__ = ("_root", "_parts", "_path")

    def __init__(self, *args):
        root, parts = _parse(args)
        self._root = root
        self._parts = parts
        self._path = (root + "/".join(parts)) or "."

    def _from(self, root, parts):
        p = object.__new__(type(self))
        p._root = root
        p._parts = parts
        p._path = (root + "/".join(parts)) or "."
        return p

    def __str__(self):
        return self._path

    def __fspath__(self):
        return self._path

    def as_posix(self):
        return self._path

    def __repr__(self):
        return f"{type(self).__name__}({self._path!r})"

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._path == other._path

    def __hash__(self):
        return hash(self._path)

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_key() < other._parts_key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_key() <= other._parts_key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_key() > other._parts_key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts_key() >= other._parts_key()

    def _parts_key(self):
        return [self._root] + self._parts

    def __truediv__(self, other):
        try:
            return type(self)(self, other)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, other):
        try:
            return type(self)(other, self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *others):
        return type(self)(self, *others)

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._parts)

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def name(self):
        return self._parts[-1] if self._parts else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        return name[i:] if 0 < i < len(name) - 1 else ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        return name[:i] if 0 < i < len(name) - 1 else name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from(self._root, self._parts[:-1])

    @property
    def parents(self):
        out = []
        p = self
        while p._parts:
            p = p.parent
            out.append(p)
        return tuple(out)

    def is_absolute(self):
        return bool(self._root)

    def with_name(self, name):
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        if not name or "/" in name or name == ".":
            raise ValueError(f"Invalid name {name!r}")
        return self._from(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or (suffix and (not suffix.startswith(".") or suffix == ".")):
            raise ValueError(f"Invalid suffix {suffix!r}")
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        return self.with_name(self.stem + suffix)

    def relative_to(self, *other):
        base = type(self)(*other)
        n = len(base._parts)
        if base._root != self._root or self._parts[:n] != base._parts:
            raise ValueError(
                f"{str(self)!r} is not in the subpath of {str(base)!r} OR one path is "
                "relative and the other is absolute."
            )
        return self._from("", self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False


class PurePosixPath(PurePath):
    __slots__ = ()


class stat_result:
    def __init__(self, fields):
        self._fields = dict(fields)
        for key in ("st_mode", "st_size", "st_mtime", "st_atime", "st_ctime"):
            self._fields.setdefault(key, 0)

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"'os.stat_result' object has no attribute '{name}'") from None

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in self._fields.items())
        return f"os.stat_result({inner})"


class Path(PurePath):
    __slots__ = ()

    def __new__(cls, *args):
        if cls is Path:
            cls = PosixPath
        return object.__new__(cls)

    def _call(self, function, *args, **kwargs):
        return _monty.os_call(function, self._path, *args, **kwargs)

    @classmethod
    def cwd(cls):
        return cls(_monty.os_call("os.getcwd"))

    @classmethod
    def home(cls):
        return cls(_monty.os_call("Path.home"))

    def exists(self):
        return bool(self._call("Path.exists"))

    def is_file(self):
        return bool(self._call("Path.is_file"))

    def is_dir(self):
        return bool(self._call("Path.is_dir"))

    def is_symlink(self):
        return bool(self._call("Path.is_symlink"))

    def read_text(self, encoding=None, errors=None):
        return self._call("Path.read_text")

    def read_bytes(self):
        return self._call("Path.read_bytes")

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError(f"data must be str, not {type(data).__name__}")
        written = self._call("Path.write_text", data)
        return len(data) if written is None else written

    def write_bytes(self, data):
        data = bytes(data)
        written = self._call("Path.write_bytes", data)
        return len(data) if written is None else written

    def iterdir(self):
        for entry in self._call("Path.iterdir"):
            entry = str(entry)
            yield type(self)(entry) if "/" in entry else self / entry

    def glob(self, pattern):
        for entry in self._call("Path.glob", pattern):
            yield type(self)(str(entry))

    def rglob(self, pattern):
        for entry in self._call("Path.rglob", pattern):
            yield type(self)(str(entry))

    def stat(self):
        return stat_result(self._call("Path.stat"))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        self._call("Path.mkdir", parents=parents, exist_ok=exist_ok)

    def touch(self, mode=0o666, exist_ok=True):
        self._call("Path.touch", exist_ok=exist_ok)

    def unlink(self, missing_ok=False):
        self._call("Path.unlink", missing_ok=missing_ok)

    def rmdir(self):
        self._call("Path.rmdir")

    def rename(self, target):
        target = type(self)(target)
        self._call("Path.rename", target._path)
        return target

    def replace(self, target):
        return self.rename(target)

    def resolve(self, strict=False):
        return type(self)(self._call("Path.resolve"))

    def absolute(self):
        if self._root:
            return self
        return type(self)(_monty.os_call("os.getcwd"), self)

    def expanduser(self):
        if self._parts and self._parts[0] == "~":
            return type(self)(_monty.os_call("Path.home"), *self._parts[1:])
        return self


class PosixPath(Path, PurePosixPath):
    __slots__ = ()
