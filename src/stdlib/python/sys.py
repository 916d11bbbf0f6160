"""What a sandboxed program may know about its interpreter; stdout and stderr write to the
program's two output streams."""

from collections import namedtuple

_VersionInfo = namedtuple("version_info", ["major", "minor", "micro", "releaselevel", "serial"])
version_info = _VersionInfo(3, 11, 0, "final", 0)
version = "3.11.0 (monty-wasm sandbox)"
hexversion = 0x030B00F0
implementation_name = "monty"
platform = "linux"
byteorder = "little"
maxsize = 9223372036854775807
maxunicode = 1114111
argv = ["main.py"]
path = []
executable = ""
float_repr_style = "short"

_FloatInfo = namedtuple("float_info", ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
                                       "mant_dig", "epsilon", "radix", "rounds"])
float_info = _FloatInfo(1.7976931348623157e308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
                        2.220446049250313e-16, 2, 1)
_IntInfo = namedtuple("int_info", ["bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                   "str_digits_check_threshold"])
int_info = _IntInfo(30, 4, 4300, 640)
_HashInfo = namedtuple("hash_info", ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits",
                                     "cutoff"])
hash_info = _HashInfo(64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0)


class _Stream:
    def __init__(self, name):
        self.name = name
        # print(file=...) recognises stderr by this mark.
        self._monty_stderr = name == "<stderr>"

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        print(text, end="", file=self)
        return len(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def isatty(self):
        return False


stdout = _Stream("<stdout>")
stderr = _Stream("<stderr>")
__stdout__ = stdout
__stderr__ = stderr


def exit(status=None):
    raise SystemExit(status)


def getrecursionlimit():
    return 1000


def setrecursionlimit(limit):
    if not isinstance(limit, int):
        raise TypeError("an integer is required")
    if limit < 1:
        raise ValueError("recursion limit must be greater or equal than 1")


def getdefaultencoding():
    return "utf-8"


def getsizeof(obj, default=None):
    """Bytes CPython 3.11 (64-bit) uses for `obj` itself: as CPython for numbers, strings,
    bytes, tuples, and dicts and sets filled item by item; lists as if allocated exactly."""
    if obj is None:
        return 16
    if isinstance(obj, int):
        return 24 + 4 * max(1, (abs(int(obj)).bit_length() + 29) // 30)
    if isinstance(obj, float):
        return 24
    if isinstance(obj, complex):
        return 32
    if isinstance(obj, str):
        widest = max(map(ord, obj), default=0)
        if widest < 128:
            return 49 + len(obj)
        if widest < 256:
            return 73 + len(obj)
        if widest < 65536:
            return 74 + 2 * len(obj)
        return 76 + 4 * len(obj)
    if isinstance(obj, bytes):
        return 33 + len(obj)
    if isinstance(obj, bytearray):
        return 56 + (len(obj) + 1 if obj else 0)
    if isinstance(obj, tuple):
        return 40 + 8 * len(obj)
    if isinstance(obj, list):
        return 56 + 8 * len(obj)
    if isinstance(obj, (set, frozenset)):
        # Eight slots live in the object; more are a table of 16-byte entries, grown as CPython
        # grows it while adding the items one by one.
        slots = 8
        for used in range(1, len(obj) + 1):
            if used * 5 >= (slots - 1) * 3:
                target = used * 4 if used <= 50000 else used * 2
                slots = 8
                while slots <= target:
                    slots *= 2
        return 216 if slots == 8 else 216 + 16 * slots
    if isinstance(obj, dict):
        if not obj:
            return 64
        slots = 8
        while slots * 2 // 3 < len(obj):
            slots *= 2
        index_bytes = 1 if slots <= 128 else 2 if slots <= 65536 else 4
        entry = 16 if all(type(k) is str for k in obj) else 24
        return 64 + 32 + slots * index_bytes + slots * 2 // 3 * entry
    if default is not None:
        return default
    return 56


def exception():
    import _monty
    return _monty.current_exception()


def exc_info():
    import _monty
    exc = _monty.current_exception()
    if exc is None:
        return None, None, None
    return type(exc), exc, exc.__traceback__
