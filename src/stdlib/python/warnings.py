"""warnings: warn() with the filter actions (default, error, ignore, always, once, module),
filterwarnings/simplefilter/resetwarnings and catch_warnings(record=True).

Warnings are printed to stderr. The sandbox does not know the caller's file and line, so a
warning is reported at `sys:1` (as CPython does when the stack level is out of range)."""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

filters = []
# Where catch_warnings(record=True) collects warnings instead of printing them.
_recorders = []
_onceregistry = set()
_defaultregistry = set()
_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (f"{{message : {self.message!r}, category : {self._category_name!r}, filename : {self.filename!r}, "
                f"lineno : {self.lineno}, line : {self.line!r}}}")


def formatwarning(message, category, filename, lineno, line=None):
    return f"{filename}:{lineno}: {category.__name__}: {message}\n"


def _showwarnmsg(msg):
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    (msg.file or sys.stderr).write(text)


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg(WarningMessage(message, category, filename, lineno, file, line))


def _add_filter(entry, append):
    if not append:
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    elif entry not in filters:
        filters.append(entry)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError(f"invalid action: {action!r}")
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    import re
    compiled_message = re.compile(message, re.I) if message else None
    compiled_module = re.compile(module) if module else None
    _add_filter((action, compiled_message, category, compiled_module, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError(f"invalid action: {action!r}")
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    filters[:] = []


def _action_for(text, category, module):
    for action, msg, cat, mod, ln in filters:
        if ((msg is None or msg.match(text)) and issubclass(category, cat)
                and (mod is None or mod.match(module)) and ln == 0):
            return action
    # CPython's default filters.
    if issubclass(category, (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning)):
        return "ignore" if module != "__main__" or category is not DeprecationWarning else "default"
    return "default"


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = type(message)
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(f"category must be a Warning subclass, not '{type(category).__name__}'")
    warn_explicit(message, category, "sys", 1, "__main__", source=source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    if isinstance(message, Warning):
        text = str(message)
        category = type(message)
    else:
        text = str(message)
        message = category(message)
    action = _action_for(text, category, module or "__main__")
    if action == "error":
        raise message
    if action == "ignore":
        return
    key = (text, category, lineno)
    if action == "once":
        if key in _onceregistry:
            return
        _onceregistry.add(key)
    elif action in ("default", "module"):
        if key in _defaultregistry:
            return
        _defaultregistry.add(key)
    msg = WarningMessage(message, category, filename, lineno, None, None, source)
    if _recorders:
        _recorders[-1].append(msg)
    else:
        _showwarnmsg(msg)


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __enter__(self):
        if self._entered:
            raise RuntimeError(f"Cannot enter {self!r} twice")
        self._entered = True
        self._saved_filters = filters[:]
        self._saved_registry = set(_defaultregistry)
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            _recorders.append(log)
            _defaultregistry.clear()
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError(f"Cannot exit {self!r} without entering first")
        filters[:] = self._saved_filters
        if self._record:
            _recorders.pop()
        _defaultregistry.clear()
        _defaultregistry.update(self._saved_registry)
