class Token:
    __match_args__ = ("kind", "text")

    def __init__(self, kind, text):
        self.kind = kind
        self.text = text

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r})"


def lex(src):
    tokens = []
    for part in src.split():
        if part.isdigit():
            tokens.append(Token("NUM", part))
        elif part in "+-*/":
            tokens.append(Token("OP", part))
        elif part.isidentifier():
            tokens.append(Token("NAME", part))
        else:
            tokens.append(Token("BAD", part))
    return tokens


def render(tok):
    match tok:
        case Token("NUM", text) if len(text) > 3:
            return f"<bignum {text}>"
        case Token("NUM", text):
            return f"<num {int(text)}>"
        case Token("OP", "+" | "-" as op):
            return f"<additive {op}>"
        case Token("OP", op):
            return f"<multiplicative {op}>"
        case Token("NAME", name):
            return f"<name {name}>"
        case Token(kind, text):
            return f"<{kind.lower()} {text!r}>"


toks = lex("x = 12 + 34567 * y / $ 8 - z")
print(toks)
for t in toks:
    print(render(t))

pairs = list(zip(toks, toks[1:]))
for a, b in pairs:
    match (a, b):
        case (Token("NAME", n), Token("OP", op)):
            print("name then op:", n, op)
        case (Token("OP", _), Token("OP", _)):
            print("two operators in a row")
