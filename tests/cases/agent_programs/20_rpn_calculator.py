"""RPN calculator as a coroutine (send) with a stack class and user-defined words."""
from typing import Callable, Dict, Generator, List, Optional


class CalcError(Exception):
    pass


class StackUnderflow(CalcError):
    pass


class Stack:
    def __init__(self) -> None:
        self._items: List[float] = []

    def push(self, x: float) -> None:
        self._items.append(x)

    def pop(self) -> float:
        if not self._items:
            raise StackUnderflow("stack underflow")
        return self._items.pop()

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return "[" + " ".join(f"{x:g}" for x in self._items) + "]"

    def __bool__(self) -> bool:
        return bool(self._items)


BINARY: Dict[str, Callable[[float, float], float]] = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "max": max,
    "min": min,
}


def calculator() -> Generator[Optional[str], str, None]:
    stack = Stack()
    words: Dict[str, List[str]] = {}
    reply: Optional[str] = None
    while True:
        line = yield reply
        reply = None
        tokens = line.split()
        if tokens[:1] == [":"]:
            if len(tokens) < 3 or tokens[-1] != ";":
                reply = "error: bad definition"
                continue
            words[tokens[1]] = tokens[2:-1]
            reply = f"defined {tokens[1]}"
            continue
        snapshot = list(stack._items)
        try:
            pending = list(reversed(tokens))
            while pending:
                tok = pending.pop()
                match tok:
                    case op if op in BINARY:
                        b, a = stack.pop(), stack.pop()
                        try:
                            stack.push(BINARY[op](a, b))
                        except ZeroDivisionError as exc:
                            raise CalcError("division by zero") from exc
                    case "dup":
                        x = stack.pop(); stack.push(x); stack.push(x)
                    case "swap":
                        b, a = stack.pop(), stack.pop(); stack.push(b); stack.push(a)
                    case "drop":
                        stack.pop()
                    case "clear":
                        stack = Stack()
                    case "sum":
                        total = 0.0
                        while stack:
                            total += stack.pop()
                        stack.push(total)
                    case w if w in words:
                        pending.extend(reversed(words[w]))
                    case _:
                        try:
                            stack.push(float(tok))
                        except ValueError:
                            raise CalcError(f"unknown word {tok!r}") from None
        except CalcError as exc:
            stack._items = snapshot
            reply = f"error: {exc} (stack restored to {stack!r})"
        else:
            reply = f"{stack!r}"


calc = calculator()
next(calc)
session = ["3 4 +", "2 *", "dup *", "10 swap -", ": sq dup * ;", "5 sq", "sum",
           "1 0 /", "1 2 3 foo", "drop drop drop drop", ": cube dup sq * ;",
           "clear 3 cube 2 cube max", ": broken", "7 2 min 9 max 1.5 /"]
for line in session:
    out = calc.send(line)
    print(f"> {line:<22} {out}")
calc.close()
try:
    calc.send("1")
except StopIteration:
    print("calculator closed")
