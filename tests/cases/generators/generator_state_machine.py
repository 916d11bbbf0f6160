def traffic_light():
    while True:
        yield "green"
        yield "yellow"
        yield "red"


light = traffic_light()
for tick in range(7):
    print("tick", tick, next(light))


def tokenizer(text):
    buf = ""
    for ch in text:
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                yield ("NUM", int(buf))
                buf = ""
            if ch in "+-*/()":
                yield ("OP", ch)
            elif ch != " ":
                yield ("ERR", ch)
    if buf:
        yield ("NUM", int(buf))


for tok in tokenizer("12 + 3*(45 - 6)"):
    print(tok)
print(list(tokenizer("7x8")))


def rpn_eval(tokens):
    stack = []
    for t in tokens:
        if isinstance(t, int):
            stack.append(t)
        else:
            b, a = stack.pop(), stack.pop()
            stack.append({"+": a + b, "-": a - b, "*": a * b}[t])
        yield list(stack)
    return stack[0]


g = rpn_eval([3, 4, "+", 2, "*", 1, "-"])
while True:
    try:
        print("stack", next(g))
    except StopIteration as e:
        print("result", e.value)
        break
