"""JSON encoding and decoding. The work is done in Rust (_monty.json_dumps/json_loads); this
module holds the API: options, JSONEncoder/JSONDecoder, JSONDecodeError, hooks, files."""

import _monty

__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]


class JSONDecodeError(ValueError):
    __module__ = "json.decoder"  # where CPython defines it; tracebacks name it so

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, f"{msg}: line {lineno} column {colno} (char {pos})")
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_PLAIN = (str, int, float, bool, type(None), list, tuple, dict)


def _apply_default(obj, default, path):
    # Replace what JSON cannot hold by default(obj), as the encoder would, container by container.
    if isinstance(obj, (list, tuple)):
        if id(obj) in path:
            raise ValueError("Circular reference detected")
        path.add(id(obj))
        out = [_apply_default(item, default, path) for item in obj]
        path.discard(id(obj))
        return out
    if isinstance(obj, dict):
        if id(obj) in path:
            raise ValueError("Circular reference detected")
        path.add(id(obj))
        out = {key: _apply_default(value, default, path) for key, value in obj.items()}
        path.discard(id(obj))
        return out
    if isinstance(obj, _PLAIN):
        return obj
    return _apply_default(default(obj), default, path)


def _encode(obj, skipkeys, ensure_ascii, allow_nan, indent, separators, default, sort_keys):
    if indent is not None and not isinstance(indent, str):
        indent = " " * indent
    if separators is None:
        item_sep, key_sep = ("," if indent is not None else ", "), ": "
    else:
        item_sep, key_sep = separators
    flags = (bool(skipkeys), bool(ensure_ascii), bool(allow_nan))
    text = _monty.json_dumps(obj, *flags, indent, item_sep, key_sep, bool(sort_keys), default is not None)
    if text is None:
        obj = _apply_default(obj, default, set())
        text = _monty.json_dumps(obj, *flags, indent, item_sep, key_sep, bool(sort_keys), False)
    return text


class JSONEncoder:
    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        return _encode(o, self.skipkeys, self.ensure_ascii, self.allow_nan, self.indent,
                       (self.item_separator, self.key_separator), self.default, self.sort_keys)

    def iterencode(self, o, _one_shot=False):
        return iter([self.encode(o)])


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is not None:
        return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                   allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys, **kw).encode(obj)
    if kw:
        raise TypeError(f"JSONEncoder.__init__() got an unexpected keyword argument '{next(iter(kw))}'")
    return _encode(obj, skipkeys, ensure_ascii, allow_nan, indent, separators, default, sort_keys)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


def _hooked(value, object_hook, pairs_hook, parse_float, parse_int, parse_constant):
    # Apply the decoder hooks bottom-up, as the decoder would while building the value.
    if isinstance(value, list):
        return [_hooked(v, object_hook, pairs_hook, parse_float, parse_int, parse_constant) for v in value]
    if isinstance(value, dict):
        pairs = [(k, _hooked(v, object_hook, pairs_hook, parse_float, parse_int, parse_constant))
                 for k, v in value.items()]
        if pairs_hook is not None:
            return pairs_hook(pairs)
        value = dict(pairs)
        return object_hook(value) if object_hook is not None else value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            if parse_constant is not None:
                return parse_constant("NaN" if value != value else ("Infinity" if value > 0 else "-Infinity"))
            return value
        return parse_float(repr(value)) if parse_float is not None else value
    if isinstance(value, int) and not isinstance(value, bool) and parse_int is not None:
        return parse_int(str(value))
    return value


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        if s.startswith("\ufeff"):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
        value = _monty.json_loads(s)
        if type(value) is tuple:
            msg, pos = value
            raise JSONDecodeError(msg, s, pos) from None
        hooks = (self.object_hook, self.object_pairs_hook, self.parse_float, self.parse_int, self.parse_constant)
        if hooks != (None, None, None, None, None):
            value = _hooked(value, *hooks)
        return value


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode("utf-8")
    elif not isinstance(s, str):
        raise TypeError(f"the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}")
    decoder = (cls or JSONDecoder)(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                                   parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)
    return decoder.decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
