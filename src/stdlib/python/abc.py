"""Abstract base classes: a class with abstract methods left cannot be instantiated.

ABCMeta's `__call__` checks, on each instantiation, the abstract names the class collected
(once, the first time it is instantiated or asked for `__abstractmethods__`)."""

__all__ = ["ABC", "ABCMeta", "abstractmethod", "abstractclassmethod", "abstractstaticmethod",
           "abstractproperty", "get_cache_token", "update_abstractmethods"]


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if isinstance(value, property):
        return any(_is_abstract(f) for f in (value.fget, value.fset, value.fdel) if f is not None)
    if isinstance(value, (classmethod, staticmethod)):
        value = value.__func__
    return bool(getattr(value, "__isabstractmethod__", False))


def _abstract_names(cls):
    """Names whose nearest definition along the MRO is abstract."""
    names = set()
    for klass in reversed(cls.__mro__):
        for name, value in klass.__dict__.items():
            if _is_abstract(value):
                names.add(name)
            else:
                names.discard(name)
    return frozenset(names)


class ABCMeta(type):
    def __call__(cls, *args, **kwargs):
        abstract = cls.__abstractmethods__
        if abstract:
            names = sorted(abstract)
            noun = "method" if len(names) == 1 else "methods"
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract {noun} "
                            f"{', '.join(names)}")
        return super().__call__(*args, **kwargs)

    @property
    def __abstractmethods__(cls):
        cached = cls.__dict__.get("_monty_abstract")
        if cached is None:
            cached = _abstract_names(cls)
            cls._monty_abstract = cached
        return cached

    def register(cls, subclass):
        """Accepted; virtual subclasses are not seen by isinstance() in the sandbox."""
        return subclass


class ABC(metaclass=ABCMeta):
    __slots__ = ()


def update_abstractmethods(cls):
    if "_monty_abstract" in cls.__dict__:
        cls._monty_abstract = _abstract_names(cls)
    return cls


def get_cache_token():
    return 0


# The deprecated spellings, as functions (classmethod, staticmethod and property are not
# subclassable here).
def abstractclassmethod(callable):
    return classmethod(abstractmethod(callable))


def abstractstaticmethod(callable):
    return staticmethod(abstractmethod(callable))


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    if fget is not None:
        abstractmethod(fget)
    return property(fget, fset, fdel, doc)
