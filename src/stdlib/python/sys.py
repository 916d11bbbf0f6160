"""What a sandboxed program may know about its interpreter; stdout/stderr write to the
program's output."""

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

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        print(text, end="")
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
