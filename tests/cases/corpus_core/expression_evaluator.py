PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
RIGHT = {"^"}

def tokenize(expr):
    tokens = []
    i = 0
    while i < len(expr):
        ch = expr[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(expr) and (expr[j].isdigit() or expr[j] == "."):
                j += 1
            text = expr[i:j]
            tokens.append(float(text) if "." in text else int(text))
            i = j
        elif ch in PREC or ch in "()":
            tokens.append(ch)
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    return tokens

def to_rpn(tokens):
    out, ops = [], []
    for t in tokens:
        if isinstance(t, (int, float)):
            out.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops and ops[-1] != "(":
                out.append(ops.pop())
            if not ops:
                raise SyntaxError("unbalanced )")
            ops.pop()
        else:
            while ops and ops[-1] != "(" and (PREC[ops[-1]] > PREC[t] or
                                              (PREC[ops[-1]] == PREC[t] and t not in RIGHT)):
                out.append(ops.pop())
            ops.append(t)
    while ops:
        op = ops.pop()
        if op == "(":
            raise SyntaxError("unbalanced (")
        out.append(op)
    return out

def eval_rpn(rpn):
    stack = []
    for t in rpn:
        if not isinstance(t, str):
            stack.append(t)
            continue
        if len(stack) < 2:
            raise SyntaxError("not enough operands")
        b, a = stack.pop(), stack.pop()
        if t == "+": stack.append(a + b)
        elif t == "-": stack.append(a - b)
        elif t == "*": stack.append(a * b)
        elif t == "/": stack.append(a / b)
        elif t == "%": stack.append(a % b)
        elif t == "^": stack.append(a ** b)
    if len(stack) != 1:
        raise SyntaxError("leftover operands")
    return stack[0]

exprs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4", "7 % 3 + 0.5", "((2))", "2 * (3 + 4) * 5 - 1",
         "1 / 0", "3 + ", "2 $ 3", "(1 + 2", "1 + 2)", "100 - 10 - 1"]
for e in exprs:
    try:
        rpn = to_rpn(tokenize(e))
        print(f"{e:22} rpn={' '.join(str(t) for t in rpn):24} = {eval_rpn(rpn)}")
    except (SyntaxError, ZeroDivisionError) as err:
        print(f"{e:22} error {type(err).__name__}: {err}")
