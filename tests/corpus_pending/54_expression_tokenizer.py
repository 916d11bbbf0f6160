"""Tokenize and evaluate arithmetic expressions with a regex scanner."""
import math
import re
from collections import namedtuple
from typing import Iterator, List

Token = namedtuple("Token", "kind value pos")

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?(?:[eE][+-]?\d+)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"\*\*|[+\-*/%^()]"),
    ("COMMA", r","),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{rx})" for name, rx in TOKEN_SPEC))
FUNCS = {"sqrt": math.sqrt, "log": math.log, "max": max, "min": min, "abs": abs, "hypot": math.hypot}
CONSTS = {"pi": math.pi, "e": math.e, "tau": math.tau}


def tokenize(src: str) -> Iterator[Token]:
    for m in MASTER.finditer(src):
        kind = m.lastgroup
        if kind == "SKIP":
            continue
        if kind == "MISMATCH":
            raise SyntaxError(f"unexpected {m.group()!r} at position {m.start()}")
        yield Token(kind, m.group(), m.start())


def evaluate(src: str) -> float:
    tokens = list(tokenize(src))
    pieces: List[str] = []
    for t in tokens:
        if t.kind == "NAME" and t.value not in FUNCS and t.value not in CONSTS:
            raise NameError(f"unknown name {t.value!r} at position {t.pos}")
        pieces.append("**" if t.value == "^" else t.value)
    return eval("".join(pieces), {"__builtins__": {}}, {**FUNCS, **CONSTS})


print([tuple(t) for t in tokenize("3.5e2 + max(x, 2)**2")])
EXPRS = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 10", "sqrt(16) + abs(-3)", "hypot(3, 4) * 2", "10 / 4", "10 % 4",
         "round(pi, 2)", "log(-1)", "1 / 0", "2 $ 3", "max(1, 7, 3) - min(4, 2)", "sqrt(-4)", "tau / 2 == pi", "(1 + 2"]
for src in EXPRS:
    try:
        value = evaluate(src)
        shown = round(value, 6) if isinstance(value, float) else value
        print(f"{src:<26} = {shown}")
    except (SyntaxError, NameError, ValueError, ZeroDivisionError) as e:
        msg = e.msg if isinstance(e, SyntaxError) and e.lineno is not None else str(e)
        print(f"{src:<26} ! {type(e).__name__}: {msg}")

counts = {}
for t in tokenize("a + b * (c - 1.5) / sqrt(d) ** 2"):
    counts[t.kind] = counts.get(t.kind, 0) + 1
print("token kinds:", counts)
print("lastgroup demo:", [m.lastgroup for m in MASTER.finditer("x1 2")])
print("spans:", [m.span() for m in re.finditer(r"\d+", "a12bc345d6")])
