"""Regular expressions. Matching runs in Rust (the regex crate, or fancy-regex for
backreferences and lookaround, under a backtracking budget); this module holds the API:
flags, Pattern and Match objects, the module-level functions, sub/split/finditer."""

import _monty

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile",
           "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII",
           "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]


class RegexFlag(int):
    def __or__(self, other):
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __invert__(self):
        return RegexFlag(~int(self))

    def __repr__(self):
        names = [f"re.{name}" for name, value in _FLAG_NAMES if int(self) & value]
        rest = int(self) & ~sum(value for _, value in _FLAG_NAMES)
        if rest or not names:
            names.append(hex(rest) if names else "re.NOFLAG" if not rest else hex(rest))
        return "|".join(names)

    __str__ = __repr__


_FLAG_NAMES = [("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8), ("DOTALL", 16), ("UNICODE", 32),
               ("VERBOSE", 64), ("ASCII", 256)]
NOFLAG = RegexFlag(0)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
A = ASCII = RegexFlag(256)


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            self.lineno = pattern.count("\n", 0, pos) + 1
            self.colno = pos - pattern.rfind("\n", 0, pos)
            msg = f"{msg} at position {pos}"
            if "\n" in pattern:
                msg = f"{msg} (line {self.lineno}, column {self.colno})"
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


PatternError = error


def _check_string(pattern, string):
    if not isinstance(string, str):
        raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")


def _check_template(template, pattern):
    problem = _monty.re_template_error(template, pattern.groups, pattern.groupindex)
    if problem is not None:
        if problem[1] is None:
            raise IndexError(problem[0])
        raise error(problem[0], template, problem[1])


class Match:
    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans

    def _index(self, group):
        if isinstance(group, int) and not isinstance(group, bool):
            if 0 <= group <= self.re.groups:
                return group
        elif isinstance(group, str):
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        raise IndexError("no such group")

    def _group(self, group, default=None):
        i = self._index(group)
        start, end = self._spans[2 * i], self._spans[2 * i + 1]
        if start < 0:
            return default
        return self.string[start:end]

    def group(self, *groups):
        if not groups:
            return self._group(0)
        if len(groups) == 1:
            return self._group(groups[0])
        return tuple(self._group(g) for g in groups)

    def __getitem__(self, group):
        return self._group(group)

    def groups(self, default=None):
        return tuple(self._group(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._group(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1]) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        best = None
        best_end = -1
        for i in range(1, self.re.groups + 1):
            end = self._spans[2 * i + 1]
            if self._spans[2 * i] >= 0 and end > best_end:
                best, best_end = i, end
        return best

    @property
    def lastgroup(self):
        index = self.lastindex
        for name, i in self.re.groupindex.items():
            if i == index:
                return name
        return None

    def expand(self, template):
        _check_template(template, self.re)
        return _monty.re_expand(template, self.string, self._spans, self.re.groupindex)

    def __bool__(self):
        return True

    def __repr__(self):
        return f"<re.Match object; span={self.span()!r}, match={self.group()!r}>"


class Pattern:
    def __init__(self, pattern, flags):
        self.pattern = pattern
        self.flags = flags | 32
        self._flags = flags
        groups, index = _monty.re_compile(pattern, flags)
        if isinstance(groups, str):
            raise error(groups, pattern, index)
        self.groups, self.groupindex = groups, index

    def __repr__(self):
        shown = int(self._flags) & ~32
        text = repr(self.pattern)
        if shown:
            return f"re.compile({text}, {RegexFlag(shown)!r})"
        return f"re.compile({text})"

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self._flags == other._flags

    def __hash__(self):
        return hash((self.pattern, self._flags))

    def _run(self, string, pos, endpos, mode):
        _check_string(self, string)
        n = len(string)
        pos = min(max(pos, 0), n)
        endpos = n if endpos is None else min(max(endpos, 0), n)
        spans = _monty.re_match(self.pattern, self._flags, string, pos, endpos, mode)
        return None if spans is None else Match(self, string, pos, endpos, spans)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 2)

    def _all(self, string, pos=0, endpos=None, count=0):
        _check_string(self, string)
        n = len(string)
        pos = min(max(pos, 0), n)
        endpos = n if endpos is None else min(max(endpos, 0), n)
        return _monty.re_all(self.pattern, self._flags, string, pos, endpos, count)

    def finditer(self, string, pos=0, endpos=None):
        end = len(string) if endpos is None else endpos
        return iter([Match(self, string, pos, end, spans) for spans in self._all(string, pos, endpos)])

    def findall(self, string, pos=0, endpos=None):
        out = []
        groups = self.groups
        for spans in self._all(string, pos, endpos):
            if groups == 0:
                out.append(string[spans[0]:spans[1]])
            elif groups == 1:
                out.append(string[spans[2]:spans[3]] if spans[2] >= 0 else "")
            else:
                out.append(tuple(string[spans[2 * i]:spans[2 * i + 1]] if spans[2 * i] >= 0 else ""
                                 for i in range(1, groups + 1)))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        for spans in self._all(string, 0, None, maxsplit if maxsplit > 0 else 0):
            out.append(string[last:spans[0]])
            for i in range(1, self.groups + 1):
                out.append(string[spans[2 * i]:spans[2 * i + 1]] if spans[2 * i] >= 0 else None)
            last = spans[1]
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        _check_string(self, string)
        if not callable(repl):
            if not isinstance(repl, str):
                raise TypeError(f"decoding to str: need a bytes-like object, {type(repl).__name__} found")
            _check_template(repl, self)
            return _monty.re_sub(self.pattern, self._flags, string, repl, count, self.groupindex)
        parts = []
        last = 0
        n = 0
        for spans in self._all(string, 0, None, count):
            if spans[0] > last:
                parts.append(string[last:spans[0]])
            text = repl(Match(self, string, 0, len(string), spans))
            if not isinstance(text, str):
                raise TypeError(f"sequence item {len(parts)}: expected str instance, {type(text).__name__} found")
            if text:
                parts.append(text)
            last = spans[1]
            n += 1
        parts.append(string[last:])
        return "".join(parts), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError("Pattern.scanner is not supported")


_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, str):
        if isinstance(pattern, (bytes, bytearray)):
            raise TypeError("bytes patterns are not supported in this sandbox")
        raise TypeError("first argument must be string or compiled pattern")
    key = (pattern, int(flags))
    compiled = _cache.get(key)
    if compiled is None:
        if len(_cache) >= 512:
            _cache.clear()
        compiled = _cache[key] = Pattern(pattern, int(flags))
    return compiled


def purge():
    _cache.clear()


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, (bytes, bytearray)):
        raise TypeError("bytes patterns are not supported in this sandbox")
    return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
