"""Shallow and deep copies of containers and instances."""

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, range, type, frozenset, type(len), type(lambda: 0))


class Error(Exception):
    pass


error = Error


def _new_like(x):
    # An instance of x's class with a copy of its attributes, without running __init__.
    cls = type(x)
    made = cls.__new__(cls)
    state = getattr(x, "__dict__", None)
    if state is not None:
        made.__dict__.update(state)
    for name in getattr(cls, "__slots__", ()):
        if hasattr(x, name):
            setattr(made, name, getattr(x, name))
    return made


def copy(x):
    cls = type(x)
    if isinstance(x, _ATOMIC) and cls in _ATOMIC:
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if cls is list:
        return x[:]
    if cls in (dict, set, bytearray):
        return x.copy()
    if cls is tuple:
        return x
    if isinstance(x, tuple) and hasattr(x, "_fields"):
        return cls(*x)
    if isinstance(x, (list, dict, set)):
        made = _new_like(x)
        if isinstance(x, list):
            made.extend(x)
        else:
            made.update(x)
        return made
    return _new_like(x)


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    cls = type(x)
    if cls in _ATOMIC:
        return x
    copier = getattr(cls, "__deepcopy__", None)
    if copier is not None:
        made = copier(x, memo)
    elif cls is list:
        made = []
        memo[key] = made
        made.extend(deepcopy(item, memo) for item in x)
    elif cls is dict:
        made = {}
        memo[key] = made
        for k, v in x.items():
            made[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        made = {deepcopy(item, memo) for item in x}
    elif cls is bytearray:
        made = bytearray(x)
    elif isinstance(x, tuple):
        items = [deepcopy(item, memo) for item in x]
        if key in memo:
            return memo[key]
        if cls is tuple:
            made = x if all(a is b for a, b in zip(items, x)) else tuple(items)
        else:
            made = cls(*items)
    else:
        made = _new_like(x)
        memo[key] = made
        state = getattr(x, "__dict__", None)
        if state is not None:
            made.__dict__.update({k: deepcopy(v, memo) for k, v in state.items()})
        for name in getattr(cls, "__slots__", ()):
            if hasattr(x, name):
                setattr(made, name, deepcopy(getattr(x, name), memo))
        if isinstance(x, list):
            made.extend(deepcopy(item, memo) for item in x)
        elif isinstance(x, dict):
            for k, v in x.items():
                made[deepcopy(k, memo)] = deepcopy(v, memo)
    memo[key] = made
    return made
