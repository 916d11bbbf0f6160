# dataclasses for monty-wasm: the decorator reads the class's annotations (kept as source
# text) and attaches generic methods that work from the list of fields.

from _monty import bind as _bind, set_fields as _set_fields, attrs as _attrs


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class _KwOnlyType:
    def __repr__(self):
        return "KW_ONLY"


KW_ONLY = _KwOnlyType()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        return f"dataclasses.InitVar[{self.type!r}]"


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "init", "repr", "hash",
                 "compare", "metadata", "kw_only", "_kind")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._kind = "field"

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
                f"hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},_field_type={self._kind})")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _annotation_kind(annotation):
    """'classvar', 'initvar', 'kw_only' (the KW_ONLY marker) or 'field'. Annotations are
    evaluated objects, or source text under `from __future__ import annotations`."""
    if annotation is KW_ONLY:
        return "kw_only"
    if not isinstance(annotation, str):
        if isinstance(annotation, InitVar) or annotation is InitVar:
            return "initvar"
        if getattr(annotation, "_name", None) == "ClassVar":
            return "classvar"
        return "field"
    head = annotation.strip()
    for prefix in ("typing.", "t.", "dataclasses."):
        if head.startswith(prefix):
            head = head[len(prefix):]
    if head == "KW_ONLY":
        return "kw_only"
    if head == "ClassVar" or head.startswith("ClassVar["):
        return "classvar"
    if head == "InitVar" or head.startswith("InitVar["):
        return "initvar"
    return "field"


def _is_mutable_default(value):
    return type(value) in (list, dict, set) or (
        isinstance(value, (list, dict, set)) and type(value).__hash__ is None)


class _DataclassParams:
    """The decorator's arguments, as `cls.__dataclass_params__` (the host API reads `frozen`
    from its instance dict)."""

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init, self.repr, self.eq = init, repr, eq
        self.order, self.unsafe_hash, self.frozen = order, unsafe_hash, frozen

    def __repr__(self):
        return (f"_DataclassParams(init={self.init!r},repr={self.repr!r},eq={self.eq!r},order={self.order!r},"
                f"unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})")


def _own_fields(cls, kw_only_default):
    annotations = cls.__dict__.get("__annotations__", {})
    fields = []
    kw_only = kw_only_default
    for name, text in annotations.items():
        kind = _annotation_kind(text)
        if kind == "classvar":
            continue
        if kind == "kw_only":
            kw_only = True
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = text
        f._kind = kind
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        if f._kind == "field" and f.default is not MISSING and _is_mutable_default(f.default):
            raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed: "
                             "use default_factory")
        fields.append(f)
    return fields


def _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    if order and not eq:
        raise ValueError("eq must be true if order is true")
    all_fields = {}
    base_frozen = None
    for base in reversed(cls.__mro__[1:]):
        base_fields = base.__dict__.get("__dataclass_fields__")
        if base_fields is not None:
            for f in base_fields.values():
                all_fields[f.name] = f
            base_frozen = base.__dict__["__dataclass_params__"].frozen
    if base_frozen is not None:
        if base_frozen and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if frozen and not base_frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    for f in _own_fields(cls, kw_only):
        all_fields[f.name] = f
        # The class attribute is the default value, or nothing.
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    real_fields = {name: f for name, f in all_fields.items() if f._kind == "field"}
    cls.__dataclass_fields__ = real_fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    fields = list(all_fields.values())
    own = cls.__dict__
    if init:
        _check_default_order(fields)
        cls.__init__ = _make_init(cls, fields, frozen)
    if repr and "__repr__" not in own:
        cls.__repr__ = _make_repr([f for f in real_fields.values() if f.repr])
    compared = [f.name for f in real_fields.values() if f.compare]
    if eq and "__eq__" not in own:
        cls.__eq__ = _make_compare(compared, lambda a, b: a == b, "__eq__")
    if order:
        for name, test in (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                           ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)):
            if name in own:
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                                "Consider using functools.total_ordering")
            setattr(cls, name, _make_compare(compared, test, name))
    hashed = [f.name for f in real_fields.values() if (f.compare if f.hash is None else f.hash)]
    has_own_hash = "__hash__" in own and not (eq and own["__hash__"] is None)
    if unsafe_hash:
        if has_own_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        cls.__hash__ = _make_hash(hashed)
    elif eq and frozen:
        if not has_own_hash:
            cls.__hash__ = _make_hash(hashed)
    elif eq:
        if not has_own_hash:
            cls.__hash__ = None
    if frozen:
        cls.__setattr__ = _frozen_setattr(cls, real_fields)
        cls.__delattr__ = _frozen_delattr(cls, real_fields)
    if match_args and "__match_args__" not in own:
        cls.__match_args__ = tuple(f.name for f in fields if f.init and not f.kw_only)
    return cls


def _check_default_order(fields):
    seen_default = False
    for f in fields:
        if not f.init or f.kw_only:
            continue
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f"non-default argument '{f.name}' follows default argument")


def _make_init(cls, fields, frozen):
    params = [f for f in fields if f.init]
    positional = tuple(f.name for f in params if not f.kw_only)
    keyword_only = tuple(f.name for f in params if f.kw_only)
    defaults = {f.name: f.default for f in fields if f.default is not MISSING}
    factories = tuple((f.name, f.default_factory) for f in fields if f.default_factory is not MISSING)
    optional = tuple(name for name, _ in factories)
    qualname = cls.__qualname__ + ".__init__"
    initvars = tuple(f.name for f in fields if f._kind == "initvar")
    plain = tuple(f.name for f in fields if f._kind == "field")
    has_post_init = hasattr(cls, "__post_init__")

    def __init__(self, *args, **kwargs):
        values = _bind(qualname, positional, keyword_only, defaults, optional, args, kwargs)
        for name, factory in factories:
            if name not in values:
                values[name] = factory()
        _set_fields(self, plain, values)
        if has_post_init:
            self.__post_init__(*[values[name] for name in initvars if name in values])

    __init__.__qualname__ = qualname
    return __init__


def _make_repr(fields):
    names = [f.name for f in fields]
    active = set()

    def __repr__(self):
        key = id(self)
        if key in active:
            return "..."
        active.add(key)
        try:
            parts = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        finally:
            active.discard(key)
        return f"{type(self).__qualname__}({parts})"

    return __repr__


def _values(obj, names):
    found = _attrs(obj, names)
    if found is None:
        found = tuple(getattr(obj, n) for n in names)
    return found


def _make_compare(names, test, method):
    names = tuple(names)

    def compare(self, other):
        if other.__class__ is self.__class__:
            return test(_values(self, names), _values(other, names))
        return NotImplemented

    compare.__name__ = method
    return compare


def _make_hash(names):
    names = tuple(names)

    def __hash__(self):
        return hash(_values(self, names))

    return __hash__


def _frozen_setattr(cls, fields):
    def __setattr__(self, name, value):
        if type(self) is cls or name in fields:
            raise FrozenInstanceError(f"cannot assign to field '{name}'")
        super(cls, self).__setattr__(name, value)

    return __setattr__


def _frozen_delattr(cls, fields):
    def __delattr__(self, name):
        if type(self) is cls or name in fields:
            raise FrozenInstanceError(f"cannot delete field '{name}'")
        super(cls, self).__delattr__(name)

    return __delattr__


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(c):
        return _process(c, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)

    if cls is None:
        return wrap
    return wrap(cls)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def fields(class_or_instance):
    try:
        found = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(found.values())


def _copy_value(value, dict_factory, as_dict):
    if hasattr(type(value), "__dataclass_fields__"):
        if as_dict:
            return dict_factory([(f.name, _copy_value(getattr(value, f.name), dict_factory, as_dict))
                                 for f in fields(value)])
        return tuple(_copy_value(getattr(value, f.name), dict_factory, as_dict) for f in fields(value))
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return type(value)(*[_copy_value(v, dict_factory, as_dict) for v in value])
    if isinstance(value, (list, tuple)):
        return type(value)(_copy_value(v, dict_factory, as_dict) for v in value)
    if isinstance(value, dict):
        return type(value)((_copy_value(k, dict_factory, as_dict), _copy_value(v, dict_factory, as_dict))
                           for k, v in value.items())
    return value


def asdict(obj, *, dict_factory=dict):
    if not hasattr(type(obj), "__dataclass_fields__") or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _copy_value(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    if not hasattr(type(obj), "__dataclass_fields__") or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return tuple_factory(_copy_value(getattr(obj, f.name), dict, False) for f in fields(obj))


def replace(obj, /, **changes):
    if not hasattr(type(obj), "__dataclass_fields__") or isinstance(obj, type):
        raise TypeError("replace() should be called on dataclass instances")
    for f in type(obj).__dataclass_fields__.values():
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be specified with replace()")
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return type(obj)(**changes)
