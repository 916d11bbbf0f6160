"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

Members are made when a subclass is created (`__init_subclass__` turns the plain class
attributes into instances); operations on the enum class itself (iteration, `Color["RED"]`,
`Color(1)`, `len`, `in`) are methods of the metaclass EnumType."""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum", "auto",
           "unique", "member", "nonmember"]


class _AutoPending:
    def __repr__(self):
        return "_auto_null"


_AUTO_PENDING = _AutoPending()


class auto:
    """A member value chosen by the enum (`_generate_next_value_`)."""

    def __init__(self, value=_AUTO_PENDING):
        self.value = value

    def __repr__(self):
        return f"auto({self.value!r})"


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


def _is_descriptor(value):
    return (isinstance(value, (_FUNCTION_TYPE, staticmethod, classmethod, property))
            or hasattr(value, "__get__") or hasattr(value, "__set__") or hasattr(value, "__delete__"))


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    prefix = f"_{cls_name.lstrip('_')}__"
    return name.startswith(prefix) and not name.endswith("__")


_FUNCTION_TYPE = type(_is_descriptor)


class EnumType(type):
    """The metaclass of enums: the enum class is the collection of its members."""

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return False

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __bool__(cls):
        return True

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new_member_lookup(value)
        return cls._functional(value, names, type, start)

    def __new_member_lookup(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for found in cls._member_map_.values():
            if found._value_ == value:
                return found
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is not None:
            raise TypeError(f"error in {cls.__name__}._missing_: returned {result!r} instead of None or a valid member")
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

    def _functional(cls, class_name, names, mixin, start):
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            members = []
            last_values = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                members.append((name, value))
            names = members
        elif isinstance(names, dict):
            names = list(names.items())
        bases = (mixin, cls) if mixin is not None else (cls,)
        namespace = {}
        for name, value in names:
            namespace[name] = value
        made = EnumType(class_name, bases, namespace)
        # A class made by calling the metaclass does not run __init_subclass__ here.
        _create_members(made)
        return made


EnumMeta = EnumType
Flag = None


def _mixin_of(cls):
    for base in cls.__mro__:
        if base in (int, str, float):
            return base
    return None


def _new_member(cls, value):
    mixin = _mixin_of(cls)
    if mixin is None:
        m = object.__new__(cls)
    elif mixin is str and not isinstance(value, str):
        raise TypeError(f"{value!r} is not a string")
    else:
        m = mixin.__new__(cls, value)
    m._value_ = value
    return m


def _create_members(cls):
    """Turn the plain attributes of a new enum class into its members, in definition order."""
    names, by_name, by_value, last_values = [], {}, {}, []
    for base in cls.__mro__[1:]:
        if isinstance(base, EnumType) and base._member_names_:
            raise TypeError(f"{cls.__name__} cannot extend {base!r}")
    # Members of an enum with its own __init__ are made from the value's items.
    custom_init = any("__init__" in b.__dict__ for b in cls.__mro__ if isinstance(b, EnumType))
    for name, raw in list(cls.__dict__.items()):
        if isinstance(raw, nonmember):
            setattr(cls, name, raw.value)
            continue
        if isinstance(raw, member):
            raw = raw.value
        elif _is_dunder(name) or _is_sunder(name) or _is_private(cls.__name__, name) or _is_descriptor(raw):
            continue
        if isinstance(raw, type):
            continue
        if isinstance(raw, auto) and raw.value is _AUTO_PENDING:
            raw.value = cls._generate_next_value_(name, 1, len(names), last_values[:])
        value = raw.value if isinstance(raw, auto) else raw
        last_values.append(value)
        existing = None
        for other in by_name.values():
            if other._value_ == value:
                existing = other
                break
        if existing is not None:
            by_name[name] = existing
            setattr(cls, name, existing)
            continue
        if custom_init:
            args = value if isinstance(value, tuple) else (value,)
            m = _new_member(cls, value if _mixin_of(cls) is None else args[0])
            m._name_ = name
            m.__init__(*args)
        else:
            m = _new_member(cls, value)
            m._name_ = name
        names.append(name)
        by_name[name] = m
        try:
            by_value.setdefault(value, m)
        except TypeError:
            pass
        setattr(cls, name, m)
    cls._member_names_ = names
    cls._member_map_ = by_name
    cls._value2member_map_ = by_value


class Enum(metaclass=EnumType):
    """A set of named, unique constant members."""

    _member_names_ = []
    _member_map_ = {}
    _value2member_map_ = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        _create_members(cls)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            return last_values[-1] + 1
        except TypeError:
            raise TypeError(f"unable to sort non-numeric values") from None

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]


class ReprEnum(Enum):
    """Members whose str() and format() are those of the mixed-in type's value."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


class IntEnum(int, ReprEnum):
    """Members that are also ints."""


class StrEnum(str, ReprEnum):
    """Members that are also strings."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Members that combine with |, & and ^ into flags."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        return 1 << high.bit_length() if high > 0 else 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        all_bits = 0
        for m in cls._member_map_.values():
            all_bits |= m._value_
        if value & ~all_bits:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        pseudo = _new_member(cls, value)
        names = [m._name_ for m in cls._canonical_(value)]
        pseudo._name_ = "|".join(names) if names else None
        return pseudo

    @classmethod
    def _canonical_(cls, value):
        return [m for m in cls if m._value_ and m._value_ & value == m._value_ and m._value_ & (m._value_ - 1) == 0]

    def __iter__(self):
        return iter(type(self)._canonical_(self._value_))

    def __len__(self):
        return len(type(self)._canonical_(self._value_))

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(other).__qualname__!r} and "
                            f"{type(self).__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(self._value_ ^ other._value_)

    def __invert__(self):
        all_bits = 0
        for m in type(self):
            all_bits |= m._value_
        return type(self)(all_bits & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"


class IntFlag(int, ReprEnum, Flag):
    """Flags that are also ints."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __or__(self, other):
        if isinstance(other, int) and not isinstance(other, Flag):
            other = type(self)(other)
        return Flag.__or__(self, other)

    def __and__(self, other):
        if isinstance(other, int) and not isinstance(other, Flag):
            other = type(self)(other)
        return Flag.__and__(self, other)

    __ror__ = __or__
    __rand__ = __and__


def unique(enumeration):
    duplicates = [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
    if duplicates:
        details = ", ".join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {details}")
    return enumeration
