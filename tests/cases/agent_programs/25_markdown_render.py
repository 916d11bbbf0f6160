"""Render a tiny Markdown subset to HTML using a block parser and inline formatter."""
from dataclasses import dataclass, field
from typing import Iterator, List, Union

DOC = """# Release Notes
Version *2.1* brings **faster** parsing and `inline code`.

## Changes
- Added **bold** support
- Fixed *italic* edge cases in `inline()`

1. Download
2. Install

```
def hello():
    return "<world>"
```
Final paragraph with a [link](https://example.com) & an ampersand.
"""

@dataclass
class Heading:
    level: int
    text: str

@dataclass
class Paragraph:
    lines: List[str] = field(default_factory=list)

@dataclass
class ListBlock:
    ordered: bool
    items: List[str] = field(default_factory=list)

@dataclass
class Code:
    lines: List[str] = field(default_factory=list)

Block = Union[Heading, Paragraph, ListBlock, Code]

def escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def inline(text: str) -> str:
    out, i = [], 0
    text = escape(text)
    markers = [("**", "strong"), ("*", "em"), ("`", "code")]
    while i < len(text):
        if text[i] == "[" and "](" in text[i:]:
            close = text.index("](", i)
            end = text.index(")", close)
            out.append(f'<a href="{text[close + 2:end]}">{text[i + 1:close]}</a>')
            i = end + 1
            continue
        for mark, tag in markers:
            if text.startswith(mark, i):
                end = text.find(mark, i + len(mark))
                if end != -1:
                    out.append(f"<{tag}>{text[i + len(mark):end]}</{tag}>")
                    i = end + len(mark)
                    break
        else:
            out.append(text[i])
            i += 1
    return "".join(out)

def parse_blocks(src: str) -> Iterator[Block]:
    current: Union[Paragraph, ListBlock, Code, None] = None
    for line in src.splitlines():
        if isinstance(current, Code):
            if line.startswith("```"):
                yield current
                current = None
            else:
                current.lines.append(line)
            continue
        stripped = line.strip()
        kind = ("code" if stripped.startswith("```") else
                "ul" if stripped.startswith("- ") else
                "ol" if stripped[:1].isdigit() and stripped[1:3] == ". " else "other")
        if current is not None and (not stripped or kind != "other" or isinstance(current, ListBlock)):
            if not (isinstance(current, ListBlock) and kind in ("ul", "ol")):
                yield current
                current = None
        match kind, stripped:
            case ("code", _):
                current = Code()
            case ("ul" | "ol", _):
                if current is None:
                    current = ListBlock(kind == "ol")
                current.items.append(stripped.split(" ", 1)[1])
            case (_, ""):
                pass
            case (_, s) if s.startswith("#"):
                level = len(s) - len(s.lstrip("#"))
                yield Heading(level, s[level:].strip())
            case (_, s):
                current = current or Paragraph()
                current.lines.append(s)
    if current is not None:
        yield current

def render(block: Block) -> str:
    match block:
        case Heading(level=lv, text=t):
            return f"<h{lv}>{inline(t)}</h{lv}>"
        case Paragraph(lines=ls):
            return f"<p>{inline(' '.join(ls))}</p>"
        case ListBlock(ordered=o, items=items):
            tag = "ol" if o else "ul"
            return f"<{tag}>" + "".join(f"<li>{inline(it)}</li>" for it in items) + f"</{tag}>"
        case Code(lines=ls):
            return "<pre><code>" + escape("\n".join(ls)) + "</code></pre>"

blocks = list(parse_blocks(DOC))
print("block kinds:", [type(b).__name__ for b in blocks])
for b in blocks:
    print(render(b))
print(inline("unclosed *star and **double"), "|", inline("a < b & c"))
