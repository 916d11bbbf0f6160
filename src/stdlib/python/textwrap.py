"""Wrapping and filling text, dedent/indent, shorten."""

import re

_whitespace = "\t\n\x0b\x0c\r "


def _chunks(text, break_on_hyphens):
    # Words, runs of spaces, and (optionally) word parts ending in a hyphen.
    pieces = re.split(r"( +)", text)
    out = []
    for piece in pieces:
        if not piece:
            continue
        if break_on_hyphens and not piece.startswith(" ") and "-" in piece:
            out.extend(p for p in re.split(r"(?<=[^\W\d_]-)(?=[^\W\d_])", piece) if p)
        else:
            out.append(piece)
    return out


class TextWrapper:
    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in _whitespace:
                text = text.replace(c, " ")
        return text

    def wrap(self, text):
        if self.width <= 0:
            raise ValueError(f"invalid width {self.width!r} (must be > 0)")
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks = _chunks(self._munge(text), self.break_on_hyphens)
        chunks.reverse()
        lines = []
        while chunks:
            line = []
            size = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                chunks.pop()
            while chunks:
                n = len(chunks[-1])
                if size + n <= width:
                    line.append(chunks.pop())
                    size += n
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                space = max(width - size, 1)
                if self.break_long_words:
                    piece = chunks[-1]
                    line.append(piece[:space])
                    chunks[-1] = piece[space:]
                    size += len(piece[:space])
                elif not line:
                    line.append(chunks.pop())
                    size += len(line[-1])
            if self.drop_whitespace and line and line[-1].strip() == "":
                size -= len(line[-1])
                del line[-1]
            if line:
                if self.max_lines is None or len(lines) + 1 < self.max_lines or (
                        (not chunks or self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                        and size <= width):
                    lines.append(indent + "".join(line))
                else:
                    while line:
                        if line[-1].strip() and size + len(self.placeholder) <= width:
                            line.append(self.placeholder)
                            lines.append(indent + "".join(line))
                            break
                        size -= len(line[-1])
                        del line[-1]
                    else:
                        if lines:
                            prev = lines[-1].rstrip()
                            if len(prev) + len(self.placeholder) <= self.width:
                                lines[-1] = prev + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    lines = text.split("\n")
    margin = None
    for line in lines:
        stripped = line.lstrip(" \t")
        if not stripped:
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        else:
            common = 0
            for a, b in zip(margin, indent):
                if a != b:
                    break
                common += 1
            margin = margin[:common]
    out = []
    for line in lines:
        if not line.strip(" \t"):
            out.append("")
        else:
            out.append(line[len(margin):] if margin else line)
    return "\n".join(out)


def indent(text, prefix, predicate=None):
    if predicate is None:
        predicate = str.strip
    return "".join(prefix + line if predicate(line) else line for line in text.splitlines(True))
