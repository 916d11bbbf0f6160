PAIRS = {")": "(", "]": "[", "}": "{"}

def check(s):
    stack = []
    for i, ch in enumerate(s):
        if ch in "([{":
            stack.append((ch, i))
        elif ch in PAIRS:
            if not stack:
                return f"unexpected {ch!r} at {i}"
            top, pos = stack.pop()
            if top != PAIRS[ch]:
                return f"mismatch {top!r}@{pos} vs {ch!r}@{i}"
    if stack:
        return f"unclosed {stack[-1][0]!r} at {stack[-1][1]}"
    return "ok"

tests = ["()", "([]{})", "(]", "((())", "{[()()]}", "", "}{", "a(b[c]d)e", "([)]", "(((", "x)"]
for t in tests:
    print(f"{t!r:14} {check(t)}")

def max_depth(s):
    depth = best = 0
    for ch in s:
        if ch == "(":
            depth += 1
            best = max(best, depth)
        elif ch == ")":
            depth -= 1
    return best

def generate(n):
    out = []
    def build(cur, opened, closed):
        if len(cur) == 2 * n:
            out.append(cur)
            return
        if opened < n:
            build(cur + "(", opened + 1, closed)
        if closed < opened:
            build(cur + ")", opened, closed + 1)
    build("", 0, 0)
    return out

print(max_depth("(a(b)(c(d(e))))"), max_depth("none"))
for n in range(1, 5):
    g = generate(n)
    print(n, len(g), g if n < 4 else g[:5])
print(all(check(s) == "ok" for s in generate(5)), len(generate(6)))

def min_add(s):
    open_needed = close_needed = 0
    for ch in s:
        if ch == "(":
            close_needed += 1
        elif close_needed:
            close_needed -= 1
        else:
            open_needed += 1
    return open_needed + close_needed
print([min_add(s) for s in ["())", "(((", "()", "()))((", ""]])
