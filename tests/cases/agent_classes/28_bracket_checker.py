from typing import List, Optional, Tuple
from collections import namedtuple, deque

Mismatch = namedtuple("Mismatch", ["pos", "found", "expected"])

PAIRS = {")": "(", "]": "[", "}": "{", ">": "<"}
OPENERS = set(PAIRS.values())


class BracketError(Exception):
    def __init__(self, mismatch: Mismatch):
        self.mismatch = mismatch
        super().__init__(f"at {mismatch.pos}: found {mismatch.found!r}, expected {mismatch.expected!r}")


def check(text: str) -> Optional[Mismatch]:
    stack: List[Tuple[str, int]] = []
    in_str = False
    for i, ch in enumerate(text):
        if ch == '"':
            in_str = not in_str
            continue
        if in_str:
            continue
        if ch in OPENERS:
            stack.append((ch, i))
        elif ch in PAIRS:
            if not stack:
                return Mismatch(i, ch, None)
            top, _ = stack.pop()
            if top != PAIRS[ch]:
                closer = {v: k for k, v in PAIRS.items()}[top]
                return Mismatch(i, ch, closer)
    if stack:
        ch, pos = stack[-1]
        closer = {v: k for k, v in PAIRS.items()}[ch]
        return Mismatch(len(text), "EOF", closer)
    return None


def max_depth(text: str) -> int:
    depth = best = 0
    for ch in text:
        if ch in OPENERS:
            depth += 1
            best = max(best, depth)
        elif ch in PAIRS:
            depth -= 1
    return best


def strict(text: str) -> str:
    m = check(text)
    if m is not None:
        raise BracketError(m)
    return text


cases = [
    "f(a[1], {b: <c>})",
    "((()))[]{}",
    "(]",
    "([)]",
    "{[(",
    "())",
    'print("(unclosed in string")',
    "",
    "<<>><>",
]
for c in cases:
    m = check(c)
    status = "ok" if m is None else f"bad {m}"
    print(f"{c!r:<32} depth={max_depth(c)} {status}")

bad = [c for c in cases if check(c)]
print("bad count:", len(bad))
for c in bad:
    try:
        strict(c)
    except BracketError as e:
        mm = e.mismatch
        print(f"  strict({c!r}) -> {e}; pos={mm.pos} fields={mm._fields}")

window = deque(maxlen=3)
for c in cases:
    window.append(check(c) is None)
    print("last 3 ok flags:", list(window))
print("all good strings:", [c for c in cases if not check(c)])
