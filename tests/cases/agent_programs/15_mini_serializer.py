"""A hand-written JSON-like serializer and parser (no json module)."""
from dataclasses import dataclass, asdict, is_dataclass
from typing import Any, List, Tuple

class SerializeError(TypeError): pass

class DecodeError(ValueError):
    def __init__(self, msg: str, pos: int):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos

def dumps(obj: Any, indent: int = 0, _level: int = 0) -> str:
    pad, end_pad = " " * (indent * (_level + 1)), " " * (indent * _level)
    nl, sep = ("\n", ",\n") if indent else ("", ", ")
    match obj:
        case None: return "null"
        case bool(): return "true" if obj else "false"
        case int() | float(): return repr(obj)
        case []: return "[]"
        case {} if not obj: return "{}"  # a bare {} pattern matches ANY mapping
        case str():
            escaped = obj.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
            return f'"{escaped}"'
        case list() | tuple():
            inner = sep.join(pad + dumps(v, indent, _level + 1) for v in obj)
            return f"[{nl}{inner}{nl}{end_pad}]"
        case dict():
            parts = []
            for k, v in obj.items():
                if not isinstance(k, str):
                    raise SerializeError(f"keys must be str, got {type(k).__name__}")
                parts.append(f"{pad}{dumps(k)}: {dumps(v, indent, _level + 1)}")
            return "{" + nl + sep.join(parts) + nl + end_pad + "}"
        case _ if is_dataclass(obj):
            return dumps(asdict(obj), indent, _level)
        case _:
            raise SerializeError(f"cannot serialize {type(obj).__name__}")

class Decoder:
    def __init__(self, text: str):
        self.s, self.i = text, 0

    def ws(self) -> None:
        while self.i < len(self.s) and self.s[self.i] in " \n\t":
            self.i += 1

    def value(self) -> Any:
        self.ws()
        if self.i >= len(self.s):
            raise DecodeError("unexpected end", self.i)
        ch = self.s[self.i]
        if ch in "{[":
            return self.container("}" if ch == "{" else "]", ch == "{")
        if ch == '"':
            return self.string()
        for lit, val in (("null", None), ("true", True), ("false", False)):
            if self.s.startswith(lit, self.i):
                self.i += len(lit)
                return val
        start = self.i
        while self.i < len(self.s) and self.s[self.i] in "+-0123456789.eE":
            self.i += 1
        num = self.s[start:self.i]
        if not num:
            raise DecodeError(f"unexpected character {ch!r}", start)
        return float(num) if any(c in num for c in ".eE") else int(num)

    def string(self) -> str:
        self.i += 1
        out: List[str] = []
        while self.s[self.i] != '"':
            if self.s[self.i] == "\\":
                self.i += 1
                out.append({"n": "\n"}.get(self.s[self.i], self.s[self.i]))
            else:
                out.append(self.s[self.i])
            self.i += 1
        self.i += 1
        return "".join(out)

    def container(self, close: str, is_obj: bool) -> Any:
        self.i += 1
        items: List[Tuple[Any, Any]] = []
        while self.ws() or self.s[self.i] != close:
            key = None
            if is_obj:
                key = self.value()
                self.ws()
                if self.s[self.i] != ":":
                    raise DecodeError("expected ':'", self.i)
                self.i += 1
            items.append((key, self.value()))
            self.ws()
            if self.s[self.i] == ",":
                self.i += 1
        self.i += 1
        return dict(items) if is_obj else [v for _, v in items]

@dataclass
class Point:
    x: float
    y: float
    label: str = ""

data = {"name": "demo \"quoted\"", "ok": True, "missing": None, "count": 3, "ratio": 0.25,
        "tags": ["a", "b"], "nested": {"points": [Point(1, 2.5, "p1"), Point(-3, 0)], "empty": []}}
compact = dumps(data)
print(compact)
print(dumps({"k": [1, {"z": False}], "t": (1, 2)}, indent=2))
roundtrip = Decoder(compact).value()
print("roundtrip equal:", roundtrip == {**data, "nested": {"points": [asdict(Point(1, 2.5, "p1")), asdict(Point(-3, 0))], "empty": []}})
print("decoded keys:", list(roundtrip))
print("decoded nested:", roundtrip["nested"]["points"][1])
for bad in [{1: "x"}, {"s": {1, 2}}, '{"a" 1}', "[1, 2, @]", "  "]:
    try:
        print(Decoder(bad).value() if isinstance(bad, str) else dumps(bad))
    except SerializeError as exc:
        print("SerializeError:", exc)
    except DecodeError as exc:
        print(f"DecodeError({exc.pos}):", exc)
