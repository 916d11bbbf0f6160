from typing import List, Union, Callable, Dict

Number = Union[int, float]


class CalcError(Exception):
    pass


class StackUnderflow(CalcError):
    def __init__(self, op: str, needed: int, have: int):
        super().__init__(f"operator {op!r} needs {needed} operands, stack has {have}")
        self.op = op


class UnknownToken(CalcError):
    pass


class Stack:
    def __init__(self):
        self._items: List[Number] = []

    def push(self, x: Number):
        self._items.append(x)

    def pop(self) -> Number:
        return self._items.pop()

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __repr__(self):
        return f"Stack{self._items}"


BINARY: Dict[str, Callable[[Number, Number], Number]] = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "//": lambda a, b: a // b,
    "%": lambda a, b: a % b,
    "^": lambda a, b: a ** b,
}
UNARY = {"neg": lambda a: -a, "abs": abs, "sq": lambda a: a * a}


def parse_number(tok: str) -> Number:
    try:
        return int(tok)
    except ValueError:
        pass
    try:
        return float(tok)
    except ValueError as e:
        raise UnknownToken(f"bad token {tok!r}") from e


def evaluate(expr: str, verbose: bool = False) -> Number:
    st = Stack()
    for tok in expr.split():
        if tok in BINARY:
            if len(st) < 2:
                raise StackUnderflow(tok, 2, len(st))
            b, a = st.pop(), st.pop()
            st.push(BINARY[tok](a, b))
        elif tok in UNARY:
            if not st:
                raise StackUnderflow(tok, 1, 0)
            st.push(UNARY[tok](st.pop()))
        elif tok == "dup":
            x = st.pop()
            st.push(x)
            st.push(x)
        else:
            st.push(parse_number(tok))
        if verbose:
            print(f"    {tok:>4} -> {st!r}")
    if len(st) != 1:
        raise CalcError(f"expected one result, stack is {st!r}")
    return st.pop()


exprs = [
    "3 4 +",
    "5 1 2 + 4 * + 3 -",
    "2 10 ^ 1000 -",
    "7 2 // 7 2 % +",
    "1.5 dup * neg abs",
    "9 sq 2 /",
    "1 +",
    "1 2 3",
    "4 x *",
    "10 4 - 3 /",
]
for e in exprs:
    try:
        r = evaluate(e)
        print(f"{e:<28} = {r}")
    except StackUnderflow as err:
        print(f"{e:<28} ! underflow: {err} (op={err.op})")
    except UnknownToken as err:
        print(f"{e:<28} ! {err} <- {type(err.__cause__).__name__}")
    except CalcError as err:
        print(f"{e:<28} ! {err}")

print("verbose trace of '2 3 4 * +':")
print("result:", evaluate("2 3 4 * +", verbose=True))
print("now dividing by zero...")
print(evaluate("1 2 2 - /"))
