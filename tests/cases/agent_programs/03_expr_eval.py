"""Tiny expression evaluator: tokenizer + recursive descent parser + AST eval."""
from dataclasses import dataclass
from typing import Callable, Iterator, NamedTuple, Union

class Token(NamedTuple):
    kind: str
    value: str
    pos: int

class ExprError(Exception): pass
class TokenizeError(ExprError): pass
class ParseError(ExprError): pass

def tokenize(src: str) -> Iterator[Token]:
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isalnum() or ch == ".":
            start, kind = i, "NAME" if ch.isalpha() else "NUM"
            while i < len(src) and (src[i].isalnum() or src[i] == "."):
                i += 1
            yield Token(kind, src[start:i], start)
        elif ch in "+-*/()^%":
            yield Token("OP", ch, i)
            i += 1
        else:
            raise TokenizeError(f"unexpected {ch!r} at {i}")
    yield Token("EOF", "", len(src))

@dataclass(frozen=True)
class Num:
    value: float

@dataclass(frozen=True)
class Var:
    name: str

@dataclass(frozen=True)
class BinOp:
    op: str
    left: "Node"
    right: "Node"

Node = Union[Num, Var, BinOp]
ARITH = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
         "/": lambda a, b: a / b, "%": lambda a, b: a % b, "^": lambda a, b: a ** b}

class Parser:
    def __init__(self, src: str):
        self.tokens, self.i = list(tokenize(src)), 0

    def advance(self) -> Token:
        self.i += 1
        return self.tokens[self.i - 1]

    def parse(self) -> Node:
        node = self.expr()
        if self.tokens[self.i].kind != "EOF":
            raise ParseError(f"trailing input at {self.tokens[self.i].pos}")
        return node

    def expr(self) -> Node:
        return self.binary(("+", "-"), lambda: self.binary(("*", "/", "%"), self.power))

    def binary(self, ops: tuple, operand: Callable[[], Node]) -> Node:
        node = operand()
        while self.tokens[self.i].value in ops:
            node = BinOp(self.advance().value, node, operand())
        return node

    def power(self) -> Node:
        base = self.unary()
        if self.tokens[self.i].value == "^" and self.advance():
            return BinOp("^", base, self.power())  # right-assoc
        return base

    def unary(self) -> Node:
        tok = self.advance()
        match tok:
            case Token(kind="OP", value="-"): return BinOp("-", Num(0.0), self.unary())
            case Token(kind="NUM", value=v):
                try:
                    return Num(float(v))
                except ValueError as exc:
                    raise ParseError(f"bad number {v!r} at {tok.pos}") from exc
            case Token(kind="NAME", value=name): return Var(name)
            case Token(kind="OP", value="("):
                node = self.expr()
                if self.advance().value != ")":
                    raise ParseError("expected ')'")
                return node
            case _:
                raise ParseError(f"unexpected token {tok.value!r} at {tok.pos}")

def evaluate(node: Node, env: dict[str, float]) -> float:
    match node:
        case Num(v): return v
        case Var(name) if name in env: return env[name]
        case Var(name): raise ExprError(f"undefined variable {name}")
        case BinOp("/" | "%", _, r) if evaluate(r, env) == 0: raise ExprError("division by zero")
        case BinOp(op, left, right):
            return ARITH[op](evaluate(left, env), evaluate(right, env))
    raise ExprError(f"bad node {node!r}")

env = {"x": 3.0, "y": 4.0, "rate": 0.5}
cases = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "x * x + y * y",
         "10 % 4 + rate", "7 / (y - 4)", "z + 1", "3 + * 4", "4 $ 4", "(1 + 2", "2x"]
for src in cases:
    try:
        result = evaluate(Parser(src).parse(), env)
    except ParseError as exc:
        print(f"{src:<16} parse error: {exc}")
    except ExprError as exc:
        print(f"{src:<16} {type(exc).__name__}: {exc}")
    else:
        print(f"{src:<16} = {result:g}")
print(Parser("a + 2 * b").parse())
print([t.kind for t in tokenize("f(1.5) ^ 2")])
