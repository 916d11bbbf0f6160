# typing for monty-wasm: the names agents import, usable in annotations and aliases.
# Annotations are not evaluated, so these objects mostly need a repr and subscription.

from collections import _install_namedtuple, namedtuple as _namedtuple

TYPE_CHECKING = False


class _Alias:
    def __init__(self, name, origin=None, args=()):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(ForwardRef(p) if isinstance(p, str) else p for p in params)
        return _Alias(self._name, self.__origin__, params)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError(f"Type {self!r} cannot be instantiated")
        return self.__origin__(*args, **kwargs)

    def __repr__(self):
        if not self.__args__:
            return f"typing.{self._name}"
        if self._name == "Optional" and len(self.__args__) == 1:
            return f"typing.Optional[{_show(self.__args__[0])}]"
        return f"typing.{self._name}[{', '.join(_show(a) for a in self.__args__)}]"

    def __eq__(self, other):
        return (isinstance(other, _Alias) and self._name == other._name
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _show(t):
    if t is None or t is type(None):
        return "None"
    if isinstance(t, type):
        return t.__name__ if t.__module__ == "builtins" else f"{t.__module__}.{t.__qualname__}"
    if t is ...:
        return "..."
    if isinstance(t, list):
        return "[" + ", ".join(_show(a) for a in t) + "]"
    return repr(t)


Any = _Alias("Any")
Union = _Alias("Union")
Optional = _Alias("Optional")
Callable = _Alias("Callable")
Literal = _Alias("Literal")
Final = _Alias("Final")
ClassVar = _Alias("ClassVar")
Annotated = _Alias("Annotated")
Required = _Alias("Required")
NotRequired = _Alias("NotRequired")
Self = _Alias("Self")
Never = _Alias("Never")
NoReturn = _Alias("NoReturn")
LiteralString = _Alias("LiteralString")
TypeAlias = _Alias("TypeAlias")
TypeGuard = _Alias("TypeGuard")
Concatenate = _Alias("Concatenate")
List = _Alias("List", list)
Dict = _Alias("Dict", dict)
Set = _Alias("Set", set)
FrozenSet = _Alias("FrozenSet", frozenset)
Tuple = _Alias("Tuple", tuple)
Type = _Alias("Type", type)
DefaultDict = _Alias("DefaultDict")
OrderedDict = _Alias("OrderedDict")
Counter = _Alias("Counter")
Deque = _Alias("Deque")
Iterable = _Alias("Iterable")
Iterator = _Alias("Iterator")
Generator = _Alias("Generator")
AsyncIterator = _Alias("AsyncIterator")
AsyncIterable = _Alias("AsyncIterable")
AsyncGenerator = _Alias("AsyncGenerator")
Awaitable = _Alias("Awaitable")
Coroutine = _Alias("Coroutine")
Sequence = _Alias("Sequence")
MutableSequence = _Alias("MutableSequence")
Mapping = _Alias("Mapping")
MutableMapping = _Alias("MutableMapping")
AbstractSet = _Alias("AbstractSet")
MutableSet = _Alias("MutableSet")
Collection = _Alias("Collection")
Container = _Alias("Container")
Hashable = _Alias("Hashable")
Sized = _Alias("Sized")
Reversible = _Alias("Reversible")
SupportsInt = _Alias("SupportsInt")
SupportsFloat = _Alias("SupportsFloat")
SupportsIndex = _Alias("SupportsIndex")
Pattern = _Alias("Pattern")
Match = _Alias("Match")
IO = _Alias("IO")
TextIO = _Alias("TextIO")
BinaryIO = _Alias("BinaryIO")


class ForwardRef:
    def __init__(self, arg):
        self.__forward_arg__ = arg

    def __repr__(self):
        return f"ForwardRef({self.__forward_arg__!r})"

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__


class ParamSpec(TypeVar):
    pass


class Generic:
    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    pass


class NamedTuple(tuple):
    """Base for `class Point(NamedTuple): x: int`, or called: `NamedTuple("Point", [("x", int)])`."""

    def __new__(cls, *args, **kwargs):
        if cls is not NamedTuple:
            return tuple.__new__(cls, *args, **kwargs)
        typename, fields = args[0], args[1] if len(args) > 1 else list(kwargs.items())
        names = [name for name, _ in fields]
        result = _namedtuple(typename, names)
        result.__annotations__ = dict(fields)
        return result

    def __init_subclass__(cls, **kwargs):
        annotations = cls.__dict__.get("__annotations__", {})
        names = list(annotations)
        defaults = {}
        for name in names:
            if name in cls.__dict__:
                defaults[name] = cls.__dict__[name]
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default field"
                                f"{'s' if len(defaults) > 1 else ''} {', '.join(defaults)}")
        _install_namedtuple(cls, names, defaults)


class TypedDict(dict):
    """Base for `class Movie(TypedDict): title: str`; instances are plain dicts."""

    def __init_subclass__(cls, total=True, **kwargs):
        cls.__total__ = total

    def __new__(cls, *args, **kwargs):
        return dict(*args, **kwargs)


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f


def runtime_checkable(cls):
    return cls


def get_type_hints(obj, globalns=None, localns=None):
    return dict(getattr(obj, "__annotations__", {}))


def NewType(name, tp):
    def new_type(x):
        return x

    new_type.__name__ = name
    return new_type
