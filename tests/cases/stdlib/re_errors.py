import re

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

for pattern in ["(abc", "abc)", "[abc", "*a", "a**", "a{2}{3}", "(?P<1a>x)", "\\q", "(?P<n>a)(?P=m)", "x(?i)y",
                "(?<", "a\\", "\\x4", "(?z)", "+", "a|*"]:
    attempt(repr(pattern), lambda: re.compile(pattern))
try:
    re.compile("(a\nb")
except re.error as e:
    print("multiline:", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == "(a\nb")
attempt("bad group ref", lambda: re.sub(r"(a)", r"\2", "a"))
attempt("bad g ref", lambda: re.sub(r"(a)", r"x\g<5>", "a"))
attempt("unknown name", lambda: re.sub(r"(a)", r"\g<x>", "a"))
attempt("bad escape repl", lambda: re.sub(r"a", r"\q", "a"))
attempt("trailing backslash", lambda: re.sub(r"a", "ab\\", "a"))
attempt("missing name", lambda: re.sub(r"a", r"\g<>", "a"))
attempt("no such group", lambda: re.match(r"(a)", "a").group(2))
attempt("no such name", lambda: re.match(r"(a)", "a").group("x"))
attempt("span bad", lambda: re.match(r"(a)", "a").span(5))
attempt("not a string", lambda: re.search(r"a", 5))
attempt("none string", lambda: re.findall(r"a", None))
attempt("repl not str", lambda: re.sub(r"a", 5, "a"))
attempt("func returns int", lambda: re.sub(r"a", lambda m: 5, "a"))
attempt("flags with compiled", lambda: re.compile(re.compile("a"), re.I))
attempt("pattern int", lambda: re.compile(5))
attempt("error is Exception", lambda: issubclass(re.error, Exception))
attempt("lookbehind", lambda: re.findall(r"(?<=a)b", "ab cb ab"))
