def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif ch in "+-*/()":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    return tokens

def parse(tokens):
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else ("eof", None)
    def advance():
        nonlocal pos
        tok = peek()
        pos += 1
        return tok
    def expr():
        value = term()
        while peek() in (("op", "+"), ("op", "-")):
            op = advance()[1]
            rhs = term()
            value = value + rhs if op == "+" else value - rhs
        return value
    def term():
        value = factor()
        while peek() in (("op", "*"), ("op", "/")):
            op = advance()[1]
            rhs = factor()
            value = value * rhs if op == "*" else value / rhs
        return value
    def factor():
        kind, val = advance()
        if kind == "num":
            return val
        if (kind, val) == ("op", "-"):
            return -factor()
        if (kind, val) == ("op", "("):
            v = expr()
            if advance() != ("op", ")"):
                raise SyntaxError("expected )")
            return v
        raise SyntaxError(f"unexpected token {val!r}")
    result = expr()
    if peek()[0] != "eof":
        raise SyntaxError(f"trailing token {peek()[1]!r}")
    return result

print("tokens:", tokenize("3 + 4*(2 - 1.5)"))
exprs = ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-(2 + 3) * -2", "2 * (3 + (4 - 1)) / 3",
         "8 / (3 - 3)", "2 +", "4 $ 4", "(1 + 2", "1 2"]
for e in exprs:
    try:
        print(f"{e!r:28} = {parse(tokenize(e))}")
    except ZeroDivisionError as err:
        print(f"{e!r:28} ! math error: {err}")
    except SyntaxError as err:
        print(f"{e!r:28} ! syntax error: {err}")
