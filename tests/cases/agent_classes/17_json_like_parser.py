from typing import Any, List, Tuple, Dict

class ParseError(Exception):
    def __init__(self, msg: str, pos: int):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos

class Parser:
    def __init__(self, text: str):
        self.text = text
        self.i = 0
    def peek(self) -> str:
        self.skip_ws()
        return self.text[self.i] if self.i < len(self.text) else ""
    def skip_ws(self):
        while self.i < len(self.text) and self.text[self.i] in " \n\t":
            self.i += 1
    def expect(self, ch: str):
        if self.peek() != ch:
            raise ParseError(f"expected {ch!r}", self.i)
        self.i += 1
    def parse(self) -> Any:
        v = self.value()
        if self.peek():
            raise ParseError("trailing data", self.i)
        return v
    def value(self) -> Any:
        ch = self.peek()
        match ch:
            case "{":
                return self.obj()
            case "[":
                return self.arr()
            case '"':
                return self.string()
            case "t" | "f" | "n":
                return self.word()
            case c if c == "-" or c.isdigit():
                return self.number()
            case "":
                raise ParseError("unexpected end", self.i)
            case other:
                raise ParseError(f"unexpected {other!r}", self.i)
    def obj(self) -> Dict[str, Any]:
        self.expect("{")
        out = {}
        if self.peek() == "}":
            self.i += 1
            return out
        while True:
            k = self.string()
            self.expect(":")
            out[k] = self.value()
            if self.peek() == ",":
                self.i += 1
                continue
            self.expect("}")
            return out
    def arr(self) -> List[Any]:
        self.expect("[")
        out = []
        if self.peek() == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            if self.peek() == ",":
                self.i += 1
                continue
            self.expect("]")
            return out
    def string(self) -> str:
        self.expect('"')
        start = self.i
        while self.i < len(self.text) and self.text[self.i] != '"':
            self.i += 1
        if self.i >= len(self.text):
            raise ParseError("unterminated string", start)
        s = self.text[start:self.i]
        self.i += 1
        return s
    def word(self):
        for w, v in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(w, self.i):
                self.i += len(w)
                return v
        raise ParseError("bad literal", self.i)
    def number(self):
        start = self.i
        if self.text[self.i] == "-":
            self.i += 1
        while self.i < len(self.text) and (self.text[self.i].isdigit() or self.text[self.i] in ".eE"):
            self.i += 1
        raw = self.text[start:self.i]
        return float(raw) if any(c in raw for c in ".eE") else int(raw)

def depth(v) -> int:
    if isinstance(v, dict):
        return 1 + max((depth(x) for x in v.values()), default=0)
    if isinstance(v, list):
        return 1 + max((depth(x) for x in v), default=0)
    return 0

samples = [
    '{"name": "widget", "tags": ["a", "b"], "price": 12.5, "stock": 3}',
    '[1, -2, 3.25, true, false, null, {"deep": [[[]]]}]',
    '{"a": {"b": {"c": {}}}}',
    '  "just a string"  ',
    '{"a": 1,, "b": 2}',
    '[1, 2',
    '{"x": tru}',
    '{"k": "unterminated}',
    '[1] 2',
]
for s in samples:
    try:
        v = Parser(s).parse()
        print(f"OK   depth={depth(v)} type={type(v).__name__:<5} value={v!r}")
    except ParseError as e:
        print(f"FAIL {e} (pos attr {e.pos}) in {s!r}")
