from typing import List, Iterator

TEXT = ("Agents frequently need to format long strings of text into neatly aligned columns "
        "for reports, logs and terminal output. This small utility wraps words greedily, "
        "then optionally justifies each line by distributing extra spaces between words. "
        "Supercalifragilisticexpialidocious words longer than the width are split.")


def split_long(words: List[str], width: int) -> Iterator[str]:
    for w in words:
        while len(w) > width:
            yield w[:width - 1] + "-"
            w = w[width - 1:]
        yield w


def wrap(text: str, width: int) -> List[str]:
    lines, cur = [], []
    for w in split_long(text.split(), width):
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(" ".join(cur))
            cur = []
        cur.append(w)
    if cur:
        lines.append(" ".join(cur))
    return lines


def justify(line: str, width: int) -> str:
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]


def boxed(lines: List[str], width: int, title: str = "") -> str:
    top = "+" + (f" {title} ".center(width + 2, "-") if title else "-" * (width + 2)) + "+"
    body = [f"| {l:<{width}} |" for l in lines]
    return "\n".join([top, *body, "+" + "-" * (width + 2) + "+"])


for width in (40, 28):
    lines = wrap(TEXT, width)
    print(boxed(lines, width, f"ragged {width}"))
    just = [justify(l, width) for l in lines[:-1]] + [lines[-1]]
    print(boxed(just, width, f"justified {width}"))
    print("line lengths:", [len(l) for l in lines])

cols = ["name", "qty", "price"]
rows = [("apple", 3, 0.5), ("watermelon", 1, 3.25), ("fig", 12, 0.2)]
widths = [max(len(str(x)) for x in col) for col in zip(cols, *rows)]
print(" | ".join(c.upper().ljust(w) for c, w in zip(cols, widths)))
print("-+-".join("-" * w for w in widths))
for r in rows:
    print(" | ".join(str(v).rjust(w) if isinstance(v, (int, float)) else str(v).ljust(w) for v, w in zip(r, widths)))
print(f"{'centered':^20}|{'right':>10}|{'left':<10}|")
print(f"{'x':*^9}{'y':->5}{'z':_<5}|")
print("zfill:", "42".zfill(6), "-7".zfill(4), "strip:", repr("  pad  ".strip()), repr("xxhixx".strip("x")))
print("title/swap:", "hello agent world".title(), "MiXeD".swapcase(), "partition:", "k=v=w".partition("="))
