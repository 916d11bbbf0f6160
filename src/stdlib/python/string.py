"""String constants and capwords."""

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


class Template:
    """`$name` / `${name}` substitution; subclasses may change `delimiter`, `idpattern`,
    `braceidpattern` and `flags` (the pattern is built once per class, on first use)."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = None
    # A subclass may give the whole pattern (groups escaped, named, braced, invalid).
    pattern = None

    def __init__(self, template):
        self.template = template

    @classmethod
    def _compiled(cls):
        cached = cls.__dict__.get("_monty_pattern")
        if cached is not None:
            return cached
        import re

        if cls.pattern is not None:
            compiled = re.compile(cls.pattern, re.VERBOSE) if isinstance(cls.pattern, str) else cls.pattern
        else:
            delim = re.escape(cls.delimiter)
            brace = cls.braceidpattern or cls.idpattern
            source = (
                f"{delim}(?:(?P<escaped>{delim})|(?P<named>{cls.idpattern})"
                f"|{{(?P<braced>{brace})}}|(?P<invalid>))"
            )
            flags = re.IGNORECASE if cls.flags is None else cls.flags
            compiled = re.compile(source, flags)
        cls._monty_pattern = compiled
        return compiled

    def _invalid(self, mo):
        i = mo.start("invalid")
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")

    def _render(self, args, kws, safe):
        if len(args) > 1:
            raise TypeError("Too many positional arguments")
        if not args:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, args[0])
        else:
            mapping = args[0]

        def convert(mo):
            named = mo.group("named") or mo.group("braced")
            if named is not None:
                if safe:
                    try:
                        return str(mapping[named])
                    except KeyError:
                        return mo.group()
                return str(mapping[named])
            if mo.group("escaped") is not None:
                return self.delimiter
            if mo.group("invalid") is not None:
                if safe:
                    return mo.group()
                self._invalid(mo)
            raise ValueError("Unrecognized named group in pattern", self._compiled())

        return self._compiled().sub(convert, self.template)

    def substitute(self, mapping=None, /, **kws):
        return self._render(() if mapping is None else (mapping,), kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._render(() if mapping is None else (mapping,), kws, True)

    def get_identifiers(self):
        ids = []
        for mo in self._compiled().finditer(self.template):
            named = mo.group("named") or mo.group("braced")
            if named is not None and named not in ids:
                ids.append(named)
            elif named is None and mo.group("invalid") is not None and mo.group("escaped") is None:
                raise ValueError("Unrecognized named group in pattern", self._compiled())
        return ids

    def is_valid(self):
        for mo in self._compiled().finditer(self.template):
            if mo.group("invalid") is not None:
                return False
        return True


class _ChainLookup:
    """Keyword arguments first, then the mapping (`substitute(mapping, **kws)`)."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]


def _split_field(field):
    """'name!r:spec' -> (name, conversion or None, spec); brackets may hold '!' and ':'."""
    i, n = 0, len(field)
    while i < n and field[i] not in "!:":
        if field[i] == "[":
            close = field.find("]", i)
            if close < 0:
                break
            i = close
        i += 1
    name, rest = field[:i], field[i:]
    conversion = None
    if rest[:1] == "!":
        if len(rest) < 2:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = rest[1]
        rest = rest[2:]
        if rest and rest[0] != ":":
            raise ValueError("expected ':' after conversion specifier")
    spec = rest[1:] if rest[:1] == ":" else ""
    return name, conversion, spec


class Formatter:
    """str.format's machinery, with each step overridable (parse, get_field, format_field...)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        out = []
        for literal, field_name, format_spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                        recursion_depth - 1, auto_arg_index)
            out.append(self.format_field(obj, format_spec))
        return "".join(out), auto_arg_index

    def parse(self, format_string):
        s = format_string
        i, n = 0, len(s)
        literal = []
        while i < n:
            c = s[i]
            if c == "{":
                if s[i + 1:i + 2] == "{":
                    # An escaped brace ends a literal chunk, as CPython's parser yields it.
                    literal.append("{")
                    yield "".join(literal), None, None, None
                    literal = []
                    i += 2
                    continue
                depth, j = 1, i + 1
                while j < n and depth:
                    if s[j] == "{":
                        depth += 1
                    elif s[j] == "}":
                        depth -= 1
                    j += 1
                if depth:
                    if i + 1 == n:
                        raise ValueError("Single '{' encountered in format string")
                    raise ValueError("expected '}' before end of string")
                name, conversion, spec = _split_field(s[i + 1:j - 1])
                yield "".join(literal), name, spec, conversion
                literal = []
                i = j
            elif c == "}":
                if s[i + 1:i + 2] == "}":
                    # An escaped brace ends a literal chunk, as CPython's parser yields it.
                    literal.append("}")
                    yield "".join(literal), None, None, None
                    literal = []
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(c)
                i += 1
        if literal:
            yield "".join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        i = 0
        while i < len(field_name) and field_name[i] not in ".[":
            i += 1
        first, rest = field_name[:i], field_name[i:]
        key = int(first) if first.isdigit() else first
        obj = self.get_value(key, args, kwargs)
        while rest:
            if rest[0] == ".":
                end = len(rest)
                for stop in ".[":
                    at = rest.find(stop, 1)
                    if at >= 0:
                        end = min(end, at)
                obj = getattr(obj, rest[1:end])
                rest = rest[end:]
            else:
                close = rest.find("]")
                if close < 0:
                    raise ValueError("Missing ']' in format string")
                item = rest[1:close]
                obj = obj[int(item) if item.isdigit() else item]
                rest = rest[close + 1:]
        return obj, key

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion}")
