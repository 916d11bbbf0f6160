from dataclasses import dataclass
from typing import List, Optional


class Command:
    def apply(self, doc: "Document") -> None:
        raise NotImplementedError

    def undo(self, doc: "Document") -> None:
        raise NotImplementedError


@dataclass
class Insert(Command):
    pos: int
    text: str

    def apply(self, doc):
        doc.text = doc.text[:self.pos] + self.text + doc.text[self.pos:]

    def undo(self, doc):
        doc.text = doc.text[:self.pos] + doc.text[self.pos + len(self.text):]


@dataclass
class Delete(Command):
    pos: int
    length: int
    removed: str = ""

    def apply(self, doc):
        self.removed = doc.text[self.pos:self.pos + self.length]
        doc.text = doc.text[:self.pos] + doc.text[self.pos + self.length:]

    def undo(self, doc):
        doc.text = doc.text[:self.pos] + self.removed + doc.text[self.pos:]


@dataclass
class Replace(Command):
    old: str
    new: str
    count: int = 0

    def apply(self, doc):
        self.count = doc.text.count(self.old)
        doc.text = doc.text.replace(self.old, self.new)

    def undo(self, doc):
        doc.text = doc.text.replace(self.new, self.old)


class Document:
    def __init__(self, text: str = ""):
        self.text = text
        self.done: List[Command] = []
        self.undone: List[Command] = []

    def do(self, cmd: Command) -> "Document":
        cmd.apply(self)
        self.done.append(cmd)
        self.undone.clear()
        return self

    def undo(self) -> bool:
        if not self.done:
            return False
        cmd = self.done.pop()
        cmd.undo(self)
        self.undone.append(cmd)
        return True

    def redo(self) -> bool:
        if not self.undone:
            return False
        cmd = self.undone.pop()
        cmd.apply(self)
        self.done.append(cmd)
        return True

    def __str__(self):
        return f"{self.text!r} (done={len(self.done)}, undone={len(self.undone)})"


doc = Document("hello world")
print("start:", doc)
doc.do(Insert(5, ","))
print("insert:", doc)
doc.do(Insert(len(doc.text), "!"))
print("append:", doc)
doc.do(Delete(0, 1)).do(Insert(0, "J"))
print("swap first:", doc)
doc.do(Replace("o", "0"))
print("replace:", doc, "count", doc.done[-1].count)
while doc.undo():
    print("  undo ->", doc)
print("extra undo:", doc.undo())
for _ in range(3):
    doc.redo()
    print("  redo ->", doc)
doc.do(Insert(0, ">> "))
print("new edit clears redo:", doc, "redo possible:", doc.redo())
print("history:", [type(c).__name__ for c in doc.done])
print("last delete:", next(c for c in reversed(doc.done) if isinstance(c, Delete)))
