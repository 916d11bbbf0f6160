from typing import List, Iterator, Tuple

class Block:
    def render(self) -> str:
        raise NotImplementedError
    def __repr__(self):
        return f"{type(self).__name__}({self.summary()})"
    def summary(self) -> str:
        return ""

class Heading(Block):
    def __init__(self, level: int, text: str):
        self.level, self.text = level, text
    def render(self):
        return f"<h{self.level}>{inline(self.text)}</h{self.level}>"
    def summary(self):
        return f"{self.level}, {self.text!r}"

class Paragraph(Block):
    def __init__(self, lines: List[str]):
        self.lines = lines
    def render(self):
        return "<p>" + inline(" ".join(self.lines)) + "</p>"
    def summary(self):
        return f"{len(self.lines)} lines"

class ListBlock(Block):
    def __init__(self, items: List[str], ordered: bool):
        self.items, self.ordered = items, ordered
    def render(self):
        tag = "ol" if self.ordered else "ul"
        inner = "".join(f"<li>{inline(i)}</li>" for i in self.items)
        return f"<{tag}>{inner}</{tag}>"
    def summary(self):
        return f"{len(self.items)} items, ordered={self.ordered}"

class CodeBlock(Block):
    def __init__(self, lines: List[str]):
        self.lines = lines
    def render(self):
        body = "\n".join(l.replace("<", "&lt;") for l in self.lines)
        return f"<pre>{body}</pre>"
    def summary(self):
        return f"{len(self.lines)} lines"

def inline(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        for marker, tag in (("**", "b"), ("*", "i"), ("`", "code")):
            if text.startswith(marker, i):
                end = text.find(marker, i + len(marker))
                if end != -1:
                    out.append(f"<{tag}>{text[i + len(marker):end]}</{tag}>")
                    i = end + len(marker)
                    break
        else:
            out.append(text[i])
            i += 1
    return "".join(out)

def parse(src: str) -> Iterator[Block]:
    lines = src.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
        elif line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            yield Heading(level, line[level:].strip())
            i += 1
        elif line.startswith("```"):
            j = i + 1
            while j < len(lines) and not lines[j].startswith("```"):
                j += 1
            yield CodeBlock(lines[i + 1:j])
            i = j + 1
        elif line[:2] in ("- ", "* ") or line[:1].isdigit() and line[1:3] == ". ":
            ordered = line[:1].isdigit()
            items = []
            while i < len(lines) and lines[i].strip() and (lines[i][:2] in ("- ", "* ") or lines[i][1:3] == ". "):
                items.append(lines[i].split(" ", 1)[1])
                i += 1
            yield ListBlock(items, ordered)
        else:
            para = []
            while i < len(lines) and lines[i].strip() and not lines[i].startswith(("#", "```", "- ")):
                para.append(lines[i].strip())
                i += 1
            yield Paragraph(para)

DOC = """# Release *notes*
Version **2.1** brings `fast mode`
and many fixes.

## Changes
- added **retry** logic
- removed `legacy` flag
- docs *improved*

1. install
2. run `tool --fast`

```
if a < b:
    print("x")
```
Thanks!"""

blocks = list(parse(DOC))
for b in blocks:
    print(repr(b))
print("-" * 40)
for b in blocks:
    print(b.render())
print("-" * 40)
print("block kinds:", {n: sum(1 for b in blocks if type(b).__name__ == n) for n in ("Heading", "Paragraph", "ListBlock", "CodeBlock")})
print("headings:", [b.text for b in blocks if isinstance(b, Heading)])
print("inline test:", inline("a **b** c *d* `e` **unclosed"))
