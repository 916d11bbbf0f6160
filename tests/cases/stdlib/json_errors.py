import json

bad = ["", "   ", "[", "[1,]", '{"a":1,}', '{"a" 1}', "{1:2}", "[1 2]", '"abc', '"a\\qb"', '"\\u12"',
       '"\\u12zz"', '"a\nb"', "01", "-", "-x", "1e", "1.", "[1]x", "nul", "tru", "  \n  [1,\n 2,, 3]",
       '"\\', '{"a":}', "{", '{"a"', '{"a":1', "[1,\n2\n", "\ufeff[]", "{'a': 1}", "[1,,2]", "+1", ".5",
       "[-]", "Nan", "infinity", '{"a": [1, {"b": ]}}', '"é" x', '["é", 1 2]']
for text in bad:
    try:
        json.loads(text)
        print(repr(text), "parsed?")
    except json.JSONDecodeError as e:
        print(repr(text), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("set", lambda: json.dumps({1, 2}))
attempt("object", lambda: json.dumps([object()]))
attempt("tuple key", lambda: json.dumps({(1, 2): 3}))
attempt("mixed sort", lambda: json.dumps({1: 2, "a": 3}, sort_keys=True))
attempt("nan strict", lambda: json.dumps([float("nan")], allow_nan=False))
attempt("inf key strict", lambda: json.dumps({float("inf"): 1}, allow_nan=False))
attempt("bytes", lambda: json.dumps(b"x"))
circular = []
circular.append(circular)
attempt("circular list", lambda: json.dumps(circular))
d = {}
d["self"] = d
attempt("circular dict", lambda: json.dumps(d))
attempt("default raises", lambda: json.dumps(object(), default=lambda o: 1 / 0))
attempt("loads int", lambda: json.loads(5))
attempt("loads none", lambda: json.loads(None))
attempt("bad kwarg", lambda: json.dumps(1, colour=True))
attempt("is ValueError", lambda: issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads("[1, 2")
except ValueError as e:
    print("caught as ValueError:", e)
deep = []
for _ in range(5000):
    deep = [deep]
attempt("deep dumps", lambda: len(json.dumps(deep)))
attempt("deep loads", lambda: json.loads("[" * 100000 + "]" * 100000))
attempt("many digits", lambda: json.loads("1" * 5000))
attempt("bad low surrogate", lambda: json.loads('"\\ud83d\\u12"'))
