"""Report interpreter capabilities an agent checks before using features."""
import sys
from typing import Callable, Dict, List, Tuple

Check = Tuple[str, Callable[[], bool]]

CHECKS: List[Check] = [
    ("python3", lambda: sys.version_info.major == 3),
    ("at least 3.8 (walrus)", lambda: sys.version_info >= (3, 8)),
    ("at least 3.10 (match)", lambda: sys.version_info[:2] >= (3, 10)),
    ("not python 4", lambda: sys.version_info < (4,)),
    ("64-bit ints", lambda: sys.maxsize > 2 ** 32),
    ("dict ordered", lambda: list({"b": 1, "a": 2}) == ["b", "a"]),
]

results: Dict[str, bool] = {}
for name, fn in CHECKS:
    results[name] = fn()
    print(f"[{'x' if results[name] else ' '}] {name}")

print("all passed:", all(results.values()))
print("maxsize:", sys.maxsize, "hex:", hex(sys.maxsize))
print("maxsize + 1 is still int:", type(sys.maxsize + 1).__name__, (sys.maxsize + 1).bit_length())
print("min signed:", -sys.maxsize - 1)
print("version_info is tuple-like:", isinstance(sys.version_info, tuple), len(sys.version_info) == 5)
print("float max exp:", sys.float_info.max_exp, "dig:", sys.float_info.dig)
print("float epsilon:", sys.float_info.epsilon)
print("byteorder known:", sys.byteorder in ("little", "big"))
print("int info bits/digit:", sys.int_info.bits_per_digit in (15, 30))


def describe(value) -> str:
    match value:
        case int() if value > sys.maxsize:
            return "bigint"
        case int():
            return "machine-size int"
        case [first, *rest]:
            return f"list starting {first!r} (+{len(rest)})"
        case {"kind": kind}:
            return f"record of kind {kind}"
        case _:
            return "other"


for v in [42, 2 ** 70, [1, 2, 3], {"kind": "user", "id": 1}, "text"]:
    print(f"{str(v)[:20]:<22} -> {describe(v)}")

encoding = sys.getdefaultencoding()
print("default encoding:", encoding)
print("size of small int positive:", sys.getsizeof(1) > 0)
print("argv is list:", isinstance(sys.argv, list))
sys.stdout.write("written via sys.stdout.write\n")
print("to stderr as well", file=sys.stderr)
