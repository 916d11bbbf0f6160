"""Render lists of records as aligned Markdown tables."""
from itertools import zip_longest
import textwrap
from typing import Any, Dict, List, Sequence


def to_markdown(rows: List[Dict[str, Any]], columns: Sequence[str], align: Dict[str, str] = None) -> str:
    align = align or {}
    cells = [[str(r.get(c, "")) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]

    def fmt_row(values):
        out = []
        for v, w, col in zip(values, widths, columns):
            a = align.get(col, "left")
            out.append(v.rjust(w) if a == "right" else v.center(w) if a == "center" else v.ljust(w))
        return "| " + " | ".join(out) + " |"

    sep = []
    for w, col in zip(widths, columns):
        a = align.get(col, "left")
        dash = "-" * w
        sep.append(dash[:-1] + ":" if a == "right" else ":" + dash[1:-1] + ":" if a == "center" else dash)
    return "\n".join([fmt_row(columns), "| " + " | ".join(sep) + " |"] + [fmt_row(r) for r in cells])


languages = [
    {"name": "Python", "year": 1991, "typing": "dynamic", "paradigm": "multi"},
    {"name": "Haskell", "year": 1990, "typing": "static", "paradigm": "functional"},
    {"name": "C", "year": 1972, "typing": "static"},
    {"name": "Rust", "year": 2015, "typing": "static", "paradigm": "multi"},
]
print(to_markdown(languages, ["name", "year", "typing", "paradigm"], {"year": "right", "typing": "center"}))
print()
print(to_markdown(sorted(languages, key=lambda r: r["year"]), ["year", "name"]))
print()

left = ["apples", "pears", "plums", "figs"]
right = ["red", "green"]
pairs = list(zip_longest(left, right, fillvalue="?"))
print("zip_longest:", pairs)
print(to_markdown([{"fruit": a, "colour": b} for a, b in pairs], ["fruit", "colour"]))
print()

desc = ("Python is a high-level, general-purpose programming language whose design "
        "philosophy emphasizes code readability with the use of significant indentation.")
col_a = textwrap.wrap(desc, 30)
col_b = textwrap.wrap("Short note in second column.", 18)
for a, b in zip_longest(col_a, col_b, fillvalue=""):
    print(f"{a:<30} | {b}")
