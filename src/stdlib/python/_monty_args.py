# Argument binding with CPython's error messages, for library functions that take
# `*args, **kwargs` on behalf of a generated signature (dataclass __init__, namedtuple __new__).

MISSING = object()


def _plural(n, word):
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _name_list(names):
    quoted = [f"'{n}'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + f", and {quoted[-1]}"


def bind(qualname, positional, keyword_only, has_default, args, kwargs):
    """Map `args`/`kwargs` onto the parameter names; parameters in `has_default` may be left
    out. The first parameter (self or cls) is counted in messages but not listed."""
    if len(args) > len(positional):
        raise TypeError(f"{qualname}() takes {len(positional) + 1} positional arguments "
                        f"but {len(args) + 1} were given")
    values = dict(zip(positional, args))
    for name, value in kwargs.items():
        if name not in positional and name not in keyword_only:
            raise TypeError(f"{qualname}() got an unexpected keyword argument '{name}'")
        if name in values:
            raise TypeError(f"{qualname}() got multiple values for argument '{name}'")
        values[name] = value
    missing = [n for n in positional if n not in values and n not in has_default]
    if missing:
        raise TypeError(f"{qualname}() missing {_plural(len(missing), 'required positional argument')}: "
                        f"{_name_list(missing)}")
    missing = [n for n in keyword_only if n not in values and n not in has_default]
    if missing:
        raise TypeError(f"{qualname}() missing {_plural(len(missing), 'required keyword-only argument')}: "
                        f"{_name_list(missing)}")
    return values
