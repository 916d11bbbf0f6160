from dataclasses import dataclass
from typing import Dict, Union, List


@dataclass(frozen=True)
class Num:
    value: float


@dataclass(frozen=True)
class Var:
    name: str


@dataclass(frozen=True)
class BinOp:
    op: str
    left: "Expr"
    right: "Expr"


@dataclass(frozen=True)
class Call:
    fn: str
    args: tuple


Expr = Union[Num, Var, BinOp, Call]


class EvalError(Exception):
    pass


class UndefinedName(EvalError):
    def __init__(self, name):
        super().__init__(f"undefined name {name!r}")
        self.name = name


FUNCS = {"max": max, "min": min, "abs": abs, "sq": lambda v: v * v}


def evaluate(e: Expr, env: Dict[str, float]) -> float:
    match e:
        case Num(value=v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise UndefinedName(name)
        case BinOp("/", _, right) if evaluate(right, env) == 0:
            raise EvalError("division by zero in expression " + show(e))
        case BinOp(op, l, r):
            a, b = evaluate(l, env), evaluate(r, env)
            return {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else 0}[op]
        case Call(fn, args) if fn in FUNCS:
            return FUNCS[fn](*[evaluate(x, env) for x in args])
        case Call(fn, _):
            raise UndefinedName(fn)
    raise EvalError(f"bad node {e!r}")


def simplify(e: Expr) -> Expr:
    match e:
        case BinOp(op, l, r):
            l, r = simplify(l), simplify(r)
            match (op, l, r):
                case ("+", Num(0), x) | ("+", x, Num(0)) | ("*", Num(1), x) | ("*", x, Num(1)):
                    return x
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case ("-", x, y) if x == y:
                    return Num(0)
                case (_, Num(a), Num(b)):
                    return Num(evaluate(BinOp(op, Num(a), Num(b)), {}))
            return BinOp(op, l, r)
        case Call(fn, args):
            return Call(fn, tuple(simplify(a) for a in args))
        case _:
            return e


def show(e: Expr) -> str:
    match e:
        case Num(v):
            return f"{v:g}"
        case Var(n):
            return n
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"
        case Call(fn, args):
            return f"{fn}({', '.join(show(a) for a in args)})"


x, y = Var("x"), Var("y")
exprs: List[Expr] = [
    BinOp("+", BinOp("*", Num(2), x), Num(1)),
    BinOp("*", BinOp("+", x, Num(0)), Num(1)),
    BinOp("-", BinOp("*", x, y), BinOp("*", x, y)),
    BinOp("+", BinOp("*", Num(3), Num(4)), Call("sq", (y,))),
    Call("max", (x, y, BinOp("*", Num(0), Var("z")))),
    BinOp("/", x, BinOp("-", y, Num(3))),
    BinOp("+", Var("w"), Num(1)),
    Call("log", (x,)),
]
env = {"x": 5, "y": 3}
for e in exprs:
    s = simplify(e)
    try:
        val = evaluate(s, env)
        print(f"{show(e):<32} => {show(s):<20} = {val:g}")
    except UndefinedName as err:
        print(f"{show(e):<32} => {show(s):<20} ! {err} [{err.name}]")
    except EvalError as err:
        print(f"{show(e):<32} => {show(s):<20} ! {err}")
print("structural equality:", BinOp("+", x, Num(1)) == BinOp("+", Var("x"), Num(1)))
print("hashable nodes:", len({Num(1), Num(1.0), Var("x"), Var("x")}))
