from typing import Iterator, List, NamedTuple, Optional


class Token(NamedTuple):
    kind: str
    text: str
    pos: int

    def __str__(self):
        return f"{self.kind}:{self.text}"


class LexError(Exception):
    def __init__(self, ch, pos):
        super().__init__(f"unexpected {ch!r} at {pos}")
        self.pos = pos


KEYWORDS = {"let", "print", "if", "else"}
OPS = {"+", "-", "*", "/", "(", ")", "=", ";", "<", ">"}


def tokenize(src: str) -> Iterator[Token]:
    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit():
            start = i
            while i < n and (src[i].isdigit() or src[i] == "."):
                i += 1
            yield Token("NUM", src[start:i], start)
            continue
        if ch.isalpha() or ch == "_":
            start = i
            while i < n and (src[i].isalnum() or src[i] == "_"):
                i += 1
            word = src[start:i]
            yield Token("KW" if word in KEYWORDS else "ID", word, start)
            continue
        if ch == '"':
            start = i
            i += 1
            buf = []
            while i < n and src[i] != '"':
                if src[i] == "\\" and i + 1 < n:
                    i += 1
                    buf.append({"n": "\n", "t": "\t"}.get(src[i], src[i]))
                else:
                    buf.append(src[i])
                i += 1
            i += 1
            yield Token("STR", "".join(buf), start)
            continue
        if ch in OPS:
            if ch in "<>=" and i + 1 < n and src[i + 1] == "=":
                yield Token("OP", ch + "=", i)
                i += 2
                continue
            yield Token("OP", ch, i)
            i += 1
            continue
        raise LexError(ch, i)
    yield Token("EOF", "", n)


programs = [
    'let x = 42;',
    'let name_1 = "hi\\tthere"; print name_1;',
    'if x >= 10 print (x + 3.5) * 2; else print 0;',
    'let y = x $ 2;',
    '',
]

for src in programs:
    print(f"source: {src!r}")
    try:
        toks = list(tokenize(src))
        print("  tokens:", " ".join(str(t) for t in toks))
        kinds = {}
        for t in toks:
            kinds[t.kind] = kinds.get(t.kind, 0) + 1
        print("  kinds:", dict(sorted(kinds.items())))
        nums = [float(t.text) for t in toks if t.kind == "NUM"]
        print("  numbers sum:", sum(nums))
        longest = max(toks, key=lambda t: len(t.text))
        print(f"  longest: {longest.text!r} at {longest.pos}, as tuple {tuple(longest)}")
    except LexError as e:
        print("  lex error:", e, "pos", e.pos)

gen = tokenize("a b c d e f")
first_three = [next(gen) for _ in range(3)]
print("first three:", [t.text for t in first_three])
print("rest:", [t._replace(text=t.text.upper()).text for t in gen])
t = Token("ID", "abc", 7)
print(t, repr(t), t._asdict())
