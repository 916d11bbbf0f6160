KEYWORDS = {"let", "if", "else", "while", "print", "fn", "return"}
OPERATORS = ["==", "!=", "<=", ">=", "&&", "||", "+", "-", "*", "/", "=", "<", ">", "!"]
PUNCT = "(){};,"

def lex(src):
    tokens = []
    i, line, col_start = 0, 1, 0
    while i < len(src):
        ch = src[i]
        col = i - col_start + 1
        if ch == "\n":
            line += 1
            col_start = i + 1
            i += 1
        elif ch.isspace():
            i += 1
        elif ch == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(("NUM", src[i:j], line, col))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(("KW" if word in KEYWORDS else "ID", word, line, col))
            i = j
        elif ch == '"':
            j = src.find('"', i + 1)
            if j == -1:
                raise SyntaxError(f"unterminated string at {line}:{col}")
            tokens.append(("STR", src[i + 1:j], line, col))
            i = j + 1
        else:
            for op in OPERATORS:
                if src.startswith(op, i):
                    tokens.append(("OP", op, line, col))
                    i += len(op)
                    break
            else:
                if ch in PUNCT:
                    tokens.append(("PUNCT", ch, line, col))
                    i += 1
                else:
                    raise SyntaxError(f"unexpected {ch!r} at {line}:{col}")
    return tokens

program = '''let x = 10;  # initial
let name = "monty";
while (x >= 3.5 && !done) {
    x = x - 1;
    print(name, x);
}
fn add(a, b) { return a + b; }'''
toks = lex(program)
for kind, text, ln, col in toks[:14]:
    print(f"{ln}:{col:<3} {kind:<6} {text!r}")
print("...", len(toks), "tokens")
kinds = {}
for t in toks:
    kinds[t[0]] = kinds.get(t[0], 0) + 1
print(sorted(kinds.items()))
print([t[1] for t in toks if t[0] == "ID"])
for bad in ['let s = "oops', "x = 5 @ 3"]:
    try:
        lex(bad)
    except SyntaxError as e:
        print("SyntaxError:", e)
